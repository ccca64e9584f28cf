#pragma once

#include "../captions/captionset.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

class DatasetStore;

// What the review sheet of one dataset holds before its upload (issue 15 item 6): the paths the user chose,
// the rows removed and the captions typed or drafted. Enough to build the same review again: the files are
// scanned anew, so a file changed or gone since is judged as it is now.
struct ReviewDraft
{
    QString datasetId;
    QStringList paths; // as given to the sheet (files, folders, ZIPs), in order
    QStringList removedKeys; // ScannedFile::key() of the rows the user removed
    CaptionMap captions; // typed and Ideogram captions by image key (captions read from files are read again)
    QDateTime savedAtUtc;

    bool isEmpty() const { return paths.isEmpty(); }
};

// Drafts, one per dataset, in the account's database (table review_drafts, schema 5), through the
// DatasetStore's connection: same thread, same scope. A save replaces the dataset's draft in one statement,
// so a crash leaves the previous or the new draft, never a mix.
class DraftStore final
{
public:
    explicit DraftStore(DatasetStore *store);

    bool save(const ReviewDraft &draft);
    std::optional<ReviewDraft> draft(const QString &datasetId) const; // nullopt when none (or unreadable)
    bool discard(const QString &datasetId);
    QString lastError() const { return m_lastError; }

private:
    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
