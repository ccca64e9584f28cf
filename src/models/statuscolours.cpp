#include "statuscolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace Ids::Models::StatusColours {

namespace {

// WCAG 2.1 relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor hueOf(State state)
{
    switch (state) {
    case State::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case State::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case State::Moving:
        return QColor(0x15, 0x65, 0xc0);
    case State::Quiet:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background)
{
    if (contrast(wanted, background) >= MinimumContrast)
        return wanted;
    const bool darkBackground = luminance(background) < 0.18;
    const QColor hsl = wanted.toHsl();
    // Lightness in steps of 1/100 towards black or white: at the end it is black or white, which reach 4.5:1
    // against any background of the matching kind.
    for (int step = 1; step <= 100; ++step) {
        const double lightness = darkBackground ? hsl.lightnessF() + (1.0 - hsl.lightnessF()) * step / 100.0
                                                : hsl.lightnessF() * (1.0 - step / 100.0);
        const QColor candidate = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness));
        if (contrast(candidate, background) >= MinimumContrast)
            return candidate.toRgb();
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

QColor forState(State state, const QPalette &palette, bool onWindow)
{
    return readableOn(hueOf(state), palette.color(onWindow ? QPalette::Window : QPalette::Base));
}

} // namespace Ids::Models::StatusColours
