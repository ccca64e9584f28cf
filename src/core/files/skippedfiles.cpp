#include "skippedfiles.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ids::Core {

namespace {

struct SkipText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::UploadReview)
};

} // namespace

SkipReason skipReasonFor(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return SkipReason::None;
    if (parts.contains(QLatin1String("__MACOSX")))
        return SkipReason::MacMetadata;
    const QString name = parts.last();
    if (name.startsWith(QLatin1String("._")))
        return SkipReason::AppleDouble;
    if (name == QLatin1String(".DS_Store"))
        return SkipReason::DsStore;
    if (name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0)
        return SkipReason::ThumbsDb;
    if (name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0)
        return SkipReason::DesktopIni;
    if (name.startsWith(QLatin1Char('.')))
        return SkipReason::Hidden;
    return SkipReason::None;
}

QString skipReasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        break;
    case SkipReason::MacMetadata:
        return SkipText::tr("Skipped: Mac file information that macOS adds to ZIP files, not a picture.");
    case SkipReason::AppleDouble:
        return SkipText::tr("Skipped: a Mac file's hidden attributes (a “._” file), not a picture.");
    case SkipReason::DsStore:
        return SkipText::tr("Skipped: the Mac Finder's folder settings, not a picture.");
    case SkipReason::ThumbsDb:
        return SkipText::tr("Skipped: Windows' thumbnail cache, not a picture.");
    case SkipReason::DesktopIni:
        return SkipText::tr("Skipped: Windows' folder settings, not a picture.");
    case SkipReason::EmptyFolder:
        return SkipText::tr("Skipped: an empty folder.");
    case SkipReason::Hidden:
        return SkipText::tr("Skipped: a hidden file (its name starts with a dot).");
    }
    return {};
}

} // namespace Ids::Core
