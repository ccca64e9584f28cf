#pragma once

class QLineEdit;

namespace Ids::Widgets {

// Gives a line edit its clear button when text is first typed. The button shows only over text anyway, and
// its icon comes from the desktop's icon theme, whose index is read on first use: a cost the first window
// need not pay before it appears.
void enableClearButtonWhenTyped(QLineEdit *lineEdit);

} // namespace Ids::Widgets
