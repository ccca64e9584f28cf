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
    ModelFamilyRole, // int: Core::ModelFamily
    SidecarRole, // QJsonObject: what the app wrote beside a generated image
    ImageSizeRole, // QSize: the pixel size of a generated image, before its thumbnail is read
};

} // namespace Ids::Models
