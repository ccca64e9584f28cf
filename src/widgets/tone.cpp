#include "tone.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QWidget>

namespace Ids::Widgets {

namespace {

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

QColor accent(Tone tone)
{
    switch (tone) {
    case Tone::Warning:
        return QColor(0xf5, 0xc2, 0x11);
    case Tone::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Tone::Information:
        return QColor(0x1e, 0x88, 0xe5);
    }
    return {};
}

// The palette the widget would have without our changes, so re-applying after a theme change starts
// from the theme's colours rather than from our previous tint.
QPalette basePalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

void setTextColor(QWidget *label, const QColor &onLight, const QColor &onDark)
{
    QPalette palette = basePalette(label);
    const QColor color = isDark(palette) ? onDark : onLight;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    label->setPalette(palette);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyBannerTone(QWidget *banner, Tone tone)
{
    QPalette palette = basePalette(banner);
    const QColor window = palette.color(QPalette::Window);
    // Enough colour to be noticed; little enough that the theme's text colour keeps its contrast.
    const double amount = isDark(palette) ? 0.32 : 0.28;
    palette.setColor(QPalette::Window, mix(window, accent(tone), amount));
    banner->setAutoFillBackground(true);
    banner->setPalette(palette);
}

void applyErrorText(QWidget *label)
{
    setTextColor(label, QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80));
}

void applySuccessText(QWidget *label)
{
    setTextColor(label, QColor(0x1b, 0x6e, 0x20), QColor(0x8b, 0xd8, 0x8f));
}

} // namespace Ids::Widgets
