#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Ids::Core {

// A request an earlier run journaled in a database that was later found damaged: it may have reached
// Ideogram, and nothing on this computer can tell any more.
struct UnconfirmedRequest
{
    QString kind; // Journal::kindName(): "create-dataset", "train-model", "upload-file", or a later kind
    QString subject; // the dataset's name, the model's name or the file's path, as the entry held it
    QDateTime startedAtUtc;
};

// What DatabaseRescue::check found and did.
struct RescueReport
{
    bool moved = false; // the file was damaged and moved aside
    QString copyPath; // where the damaged file now is (never deleted)
    QString problem; // SQLite's words for the damage (for the details)
    bool entriesReadable = false; // whether the damaged file's journal could be read at all
    QList<UnconfirmedRequest> unconfirmed; // its pending entries, oldest first
};

// Issue 17 point 6 and reliability-rules.md fault 47 (a corrupted database file): before an account's
// database is opened, a file that is not SQLite (its first 16 bytes are not SQLite's header) or that fails
// PRAGMA integrity_check is moved aside beside it as "<name>.damaged-<yyyy-MM-dd-HHmmss>.sqlite" (with its
// -wal and -shm), never deleted, so the app starts with a fresh one and reads everything again from Ideogram.
// The pending journal entries the damaged file still yields are reported, for the user to check on Ideogram.
// A missing or empty file, a healthy one, or one that is only busy (a second instance) is left alone.
namespace DatabaseRescue {

// nowUtc names the copy. False (with SQLite's or the file system's words in error) when the damaged file
// could not be moved: the account must not open it.
bool check(const QString &path, const QDateTime &nowUtc, RescueReport *report, QString *error);

} // namespace DatabaseRescue

} // namespace Ids::Core
