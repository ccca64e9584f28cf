#include "headerfit.h"

#include <QHeaderView>

#include <algorithm>

namespace Ids::Widgets {

void stretchLastColumnKeepingItsTitle(QHeaderView *header)
{
    header->setStretchLastSection(false);
    const int last = header->count() - 1;
    if (last >= 0)
        header->resizeSection(last, std::max(header->sectionSize(last), header->sectionSizeHint(last)));
    header->setStretchLastSection(true);
}

} // namespace Ids::Widgets
