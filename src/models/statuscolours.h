#pragma once

#include <QColor>

class QPalette;

namespace Ids::Models {

// Colours that tell a state (done, failed, in progress, archived) and stay readable on the theme's own
// background, light or dark. Colour is never the only sign: every coloured text also says its state in words
// (or carries an icon). The rule is WCAG 2.1's contrast ratio for normal text, at least 4.5:1
// (https://www.w3.org/TR/WCAG21/#contrast-minimum).
namespace StatusColours {

enum class State { Good, Bad, Moving, Quiet };

constexpr double MinimumContrast = 4.5;

// WCAG's contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
// The colour's hue and saturation, made darker (on a light background) or lighter (on a dark one) until it
// reaches MinimumContrast against background; the colour itself when it already does.
QColor readableOn(const QColor &wanted, const QColor &background);
// The colour of a state's text in an item view (on QPalette::Base) or a window (on QPalette::Window).
QColor forState(State state, const QPalette &palette, bool onWindow = false);

} // namespace StatusColours

} // namespace Ids::Models
