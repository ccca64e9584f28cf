#include "tone.h"

#include <models/statuscolours.h>

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

void setTextColor(QWidget *label, Models::StatusColours::State state)
{
    QPalette palette = basePalette(label);
    // Checked against the theme's own background (at least 4.5:1), so a dark theme keeps it readable.
    const QColor color = Models::StatusColours::forState(state, palette, true);
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
    setTextColor(label, Models::StatusColours::State::Bad);
}

void applySuccessText(QWidget *label)
{
    setTextColor(label, Models::StatusColours::State::Good);
}

} // namespace Ids::Widgets
