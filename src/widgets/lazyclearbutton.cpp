#include "lazyclearbutton.h"

#include <QLineEdit>

namespace Ids::Widgets {

void enableClearButtonWhenTyped(QLineEdit *lineEdit)
{
    auto enable = [lineEdit] {
        if (!lineEdit->text().isEmpty() && !lineEdit->isClearButtonEnabled())
            lineEdit->setClearButtonEnabled(true);
    };
    QObject::connect(lineEdit, &QLineEdit::textChanged, lineEdit, enable);
    enable();
}

} // namespace Ids::Widgets
