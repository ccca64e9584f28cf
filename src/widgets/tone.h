#pragma once

class QColor;
class QPalette;
class QWidget;

namespace Ids::Widgets {

// Colours for banners and messages, derived from the current palette so they stay readable in light and
// dark themes alike: the text keeps the palette's own text colour, the background is only tinted.
enum class Tone { Warning, Error, Information };

// Gives a banner frame a tinted background. Call again on QEvent::ApplicationPaletteChange.
void applyBannerTone(QWidget *banner, Tone tone);
// Makes a message label's text red-ish, dark on light themes and light on dark ones.
void applyErrorText(QWidget *label);
// Makes a message label's text green-ish, for a confirmation.
void applySuccessText(QWidget *label);

bool isDark(const QPalette &palette);

} // namespace Ids::Widgets
