#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ids::Core {

// Reads fields from a JSON object with explicit type checks, so that a wrong-typed or missing required
// field becomes an error instead of Qt's silent "" or 0 (reliability-rules.md R28).
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    { }

    std::optional<QString> requiredString(const QString &key);
    // Present, and a string or null (null gives ""): a required field Ideogram's own examples leave null
    // (a model's status, a failed file's reason; api-contract.md §3).
    std::optional<QString> requiredNullableString(const QString &key);
    // Absent and null both give an empty optional; a value of another type is an error.
    std::optional<QString> optionalString(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);
    std::optional<QJsonObject> requiredObject(const QString &key);
    std::optional<QJsonArray> requiredArray(const QString &key);
    // Absent and null give an empty array (the API documents "default []" for several lists).
    std::optional<QJsonArray> optionalArray(const QString &key);
    // Integers must be whole numbers within ±2^53 (what a JSON double holds exactly).
    std::optional<qint64> requiredInteger(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QString &message);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

} // namespace Ids::Core
