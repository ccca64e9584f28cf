#include "jsonreader.h"

#include <QJsonArray>

namespace Ids::Core {

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_context + QStringLiteral(": ") + message;
}

std::optional<QString> JsonReader::requiredString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(value.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                 : QStringLiteral("field \"%1\" is not a string").arg(key));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> JsonReader::requiredNullableString(const QString &key)
{
    if (m_object.value(key).isNull())
        return QString();
    return requiredString(key);
}

std::optional<QString> JsonReader::optionalString(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(QStringLiteral("field \"%1\" is not a string").arg(key));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(QStringLiteral("field \"%1\" is not an object").arg(key));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonObject> JsonReader::requiredObject(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(value.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                 : QStringLiteral("field \"%1\" is not an object").arg(key));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonReader::requiredArray(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(value.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                 : QStringLiteral("field \"%1\" is not an array").arg(key));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray()) {
        fail(QStringLiteral("field \"%1\" is not an array").arg(key));
        return std::nullopt;
    }
    return value.toArray();
}

namespace {

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double Limit = 9007199254740992.0; // 2^53
    if (!(number >= -Limit && number <= Limit) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

} // namespace

std::optional<qint64> JsonReader::requiredInteger(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    const std::optional<qint64> number = wholeNumber(value);
    if (!number)
        fail(value.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                 : QStringLiteral("field \"%1\" is not an integer").arg(key));
    return number;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const std::optional<qint64> number = wholeNumber(value);
    if (!number)
        fail(QStringLiteral("field \"%1\" is not an integer").arg(key));
    return number;
}

} // namespace Ids::Core
