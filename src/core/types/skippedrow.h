#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Core {

// An entry of a list in an answer that could not be read (not an object, a required field missing or of the
// wrong type) and was left out: the rest of the list is used (api-contract.md §3, "one bad row never hides
// the rest"). What the user is told about it is worded in the error map (SkippedRowsText in apierror.h).
struct SkippedRow
{
    // Which list of which answer the entry was in.
    enum class List {
        Datasets, // GET /datasets
        Models, // GET /models
        TrainingRuns, // a model's training_runs (GET /models, GET /models/{id})
        DatasetFiles, // GET /datasets/{id} files
        DatasetModels, // GET /datasets/{id} custom_model_ids
        UploadedFiles, // an upload's successful_assets
        FailedFiles, // an upload's failed_assets
        Images, // a generation's data
    };

    List list = List::Datasets;
    int position = 0; // 1 for the first entry of its list
    // What was wrong, in the parser's words: it names fields, never their values (so no server text and no
    // key can travel in it).
    QString problem;
    // The entry's id when that much could be read, so that its stored copy is kept (never shown); empty
    // when even the id is unreadable.
    QString id;

    friend bool operator==(const SkippedRow &, const SkippedRow &) = default;
};

// Reads every entry of a JSON array with read (a fromJson of the same shape); an entry that is not an object
// or that read refuses is appended to skipped instead of failing the list. idField names the field whose
// string value identifies an entry (kept in SkippedRow::id when readable).
template<typename T, typename Read>
QList<T> readRows(const QJsonArray &array, SkippedRow::List list, Read read, QList<SkippedRow> *skipped,
                  const QString &idField = {})
{
    QList<T> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        QString problem;
        std::optional<T> row;
        if (value.isObject())
            row = read(value.toObject(), &problem);
        else
            problem = QStringLiteral("the entry is not an object");
        if (row) {
            rows.append(std::move(*row));
            continue;
        }
        if (skipped) {
            const QJsonValue id = idField.isEmpty() ? QJsonValue() : value.toObject().value(idField);
            skipped->append({list, int(i + 1), problem, id.isString() ? id.toString() : QString()});
        }
    }
    return rows;
}

// Whether every skipped entry of this list has a readable id: only then can the ids of a full list answer
// tell which stored rows the server no longer has.
inline bool allIdentified(const QList<SkippedRow> &skipped, SkippedRow::List list)
{
    for (const SkippedRow &row : skipped) {
        if (row.list == list && row.id.isEmpty())
            return false;
    }
    return true;
}

} // namespace Ids::Core
