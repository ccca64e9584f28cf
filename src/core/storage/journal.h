#pragma once

#include "../types/trainrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Ids::Core {

class DatasetStore;

// What kind of request a journal entry stands for. Stored as text, so an entry of a kind a later version
// adds is kept (and left alone) by this one.
enum class JournalKind { CreateDataset, TrainModel, UploadFile };

// A dataset create sent (or about to be) whose outcome is not known yet.
struct PendingCreate
{
    qint64 id = 0;
    QString name;
    QDateTime startedAtUtc;
    QSet<QString> knownIds; // datasets we already knew before the create was sent
};

// A training asked for whose outcome is not known yet: a second one may be billed.
struct PendingTrain
{
    qint64 id = 0;
    QString datasetId;
    QString modelName;
    QDateTime startedAtUtc;
    QSet<QString> knownModelIds; // the dataset's models before the request
    // Which operation it was (family, knobs): the adopted model gets this family, and "train anyway" sends the
    // same request. An entry of a version before families was a plain 3.0 training.
    ModelFamily family = ModelFamily::V3;
    TrainKnobs knobs {};
};

// One file of an upload batch that left (or was about to leave) without a known result.
struct JournaledUpload
{
    qint64 id = 0;
    QString datasetId;
    QString filePath;
    QString sentName;
    QByteArray mimeType;
    qint64 size = 0;
    QDateTime modified;
    QDateTime startedAtUtc;
};

// The one journal of everything that creates or bills (reliability-rules.md R10): an entry is written,
// durably, before its request leaves and removed once the outcome is known, so a crash or a lost answer is
// reconciled at the next start instead of re-sent. One table, in the account's database, for creates,
// trainings and uploads (and the describes and generations to come: a new kind and its payload, nothing
// else). Uses the DatasetStore's connection and scope, on its thread.
class Journal final
{
public:
    explicit Journal(DatasetStore *store);

    std::optional<qint64> addCreate(const PendingCreate &create);
    QList<PendingCreate> creates() const; // oldest first
    std::optional<qint64> addTrain(const PendingTrain &train);
    QList<PendingTrain> trains() const;
    // One transaction for the batch: all files are journaled, or none.
    std::optional<QList<qint64>> addUploads(const QList<JournaledUpload> &files);
    QList<JournaledUpload> uploads() const;

    // The outcome is known: the entries go, whatever their kind.
    bool resolve(const QList<qint64> &ids);
    bool resolve(qint64 id) { return resolve(QList<qint64> {id}); }
    // How many entries of any kind are waiting (the window says so while they are reconciled).
    int size() const;

    QString lastError() const { return m_lastError; }

    static QString kindName(JournalKind kind);

private:
    struct Entry
    {
        qint64 id = 0;
        QDateTime startedAtUtc;
        QJsonObject payload;
    };
    std::optional<QList<qint64>> add(JournalKind kind, const QList<Entry> &entries);
    QList<Entry> entries(JournalKind kind) const;

    DatasetStore *m_store;
    mutable QString m_lastError;
};

} // namespace Ids::Core
