#pragma once

#include <Qt>

namespace Ids::Models {

// Item data roles of the project's models, in one place (Zeal's itemdatarole.h).
enum Role {
    DatasetIdRole = Qt::UserRole + 1, // QString
    SortRole, // a value that sorts correctly: folded name, time in ms, id
    SearchTextRole, // the text the search box matches
    MissingOnServerRole, // bool: Ideogram no longer lists the dataset
    ModelIdRole, // QString
    ModelStatusRole, // QString, as the server spelled it
    FilePathRole, // QString: a file on this computer
};

} // namespace Ids::Models
