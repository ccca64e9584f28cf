#pragma once

#include <QString>

namespace Ids::Core {

// Files that file managers and archivers add beside what a person chose: never images, never counted,
// never sent, but always listed as skipped so nothing vanishes (README "Add images").
enum class SkipReason {
    None,
    MacMetadata, // anything under __MACOSX/ (macOS Archive Utility's resource forks)
    AppleDouble, // ._name: a Mac file's attributes, written beside it on non-Mac disks and in ZIPs
    DsStore, // .DS_Store: Finder's folder view settings
    ThumbsDb, // Thumbs.db: Windows Explorer's thumbnail cache
    DesktopIni, // desktop.ini: Windows Explorer's folder settings
    EmptyFolder, // a folder entry with nothing in it
    Hidden, // another name starting with '.' (editor backups, .git…)
};

// The rule for one path ('/' separated; relative inside a ZIP, or a file name in a folder).
SkipReason skipReasonFor(const QString &path);
// A translated sentence for the review row.
QString skipReasonText(SkipReason reason);

} // namespace Ids::Core
