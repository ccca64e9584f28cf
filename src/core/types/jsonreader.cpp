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

} // namespace Ids::Core
