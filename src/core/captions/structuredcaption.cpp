#include "structuredcaption.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Ids::Core::StructuredCaption {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::StructuredCaption)
};

const QString HighLevel = QStringLiteral("high_level_description");
const QString Style = QStringLiteral("style_description");
const QString Composition = QStringLiteral("compositional_deconstruction");
const QString Background = QStringLiteral("background");
const QString Elements = QStringLiteral("elements");
const QString Tags = QStringLiteral("tags");

// Any JSON value as words: strings as they are, arrays joined, objects as their values (an element of
// compositional_deconstruction may be a string or an object; its shape is not published).
QString words(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            parts.append(words(item));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(words(it.value()));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

std::optional<QJsonObject> parse(const QString &caption)
{
    const QString trimmed = caption.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString summary(const QString &caption)
{
    const std::optional<QJsonObject> object = parse(caption);
    if (!object)
        return caption.simplified();
    for (const QString &field : {HighLevel, Style, Tags}) {
        if (const QString text = words(object->value(field)); !text.isEmpty())
            return text;
    }
    return words(*object);
}

QString readable(const QString &caption)
{
    const std::optional<QJsonObject> object = parse(caption);
    if (!object)
        return caption;
    QStringList lines;
    auto line = [&lines](const QString &label, const QJsonValue &value) {
        if (const QString text = words(value); !text.isEmpty())
            lines.append(label + QStringLiteral(": ") + text);
    };
    line(Text::tr("Description"), object->value(HighLevel));
    line(Text::tr("Style"), object->value(Style));
    const QJsonObject composition = object->value(Composition).toObject();
    line(Text::tr("Background"), composition.value(Background));
    for (const QJsonValue &element : composition.value(Elements).toArray())
        line(Text::tr("Element"), element);
    line(Text::tr("Tags"), object->value(Tags));
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it.key() != HighLevel && it.key() != Style && it.key() != Composition && it.key() != Tags)
            line(it.key(), it.value());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Ids::Core::StructuredCaption
