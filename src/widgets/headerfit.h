#pragma once

class QHeaderView;

namespace Ids::Widgets {

// The last column of a list fills the width that is left. When none is left (a narrow pane, a long language),
// Qt gives it the width it had when stretching was turned on; this makes that width its title's, so a long
// title ("Prüfung und Ergebnis", "データセット ID") is never cut. Call after the model is set, in place of
// setStretchLastSection(true).
void stretchLastColumnKeepingItsTitle(QHeaderView *header);

} // namespace Ids::Widgets
