#pragma once

#include "apijob.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Ids::Core {

// The one JSON layer of the API jobs (Nextcloud's JsonApiJob): a 2xx body must be a JSON object that the
// call's reader turns into T, else the job fails with NotJson (an HTML page or nothing, reliability-rules.md
// R29) or BadShape (JSON of the wrong shape, R28). Subclasses only build the request and name the reader.
template<typename T> class JsonJob : public ApiJob
{
public:
    // A type's fromJson, or a function of the same shape for answers wrapped in an envelope.
    using Reader = std::optional<T> (*)(const QJsonObject &object, QString *error);

protected:
    // what: names the answer in the technical text ("dataset list: the body is not a JSON object").
    JsonJob(ApiClient *client, ApiRequest request, const char *what, Reader reader, QObject *parent)
        : ApiJob(client, std::move(request), parent)
        , m_what(what)
        , m_reader(reader)
    { }

    const T &result() const { return m_result; }

    ApiError readBody(const ReplyFacts &facts) final
    {
        if (facts.body.trimmed().isEmpty())
            return bodyError(facts, ApiError::Kind::NotJson, QStringLiteral("empty body"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(facts.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const bool html = facts.body.trimmed().startsWith('<');
            return bodyError(facts, html ? ApiError::Kind::NotJson : ApiError::Kind::BadShape,
                             QStringLiteral("JSON parse error at offset %1: %2")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
        }
        if (!document.isObject())
            return bodyError(facts, ApiError::Kind::BadShape,
                             QStringLiteral("%1: the body is not a JSON object").arg(QLatin1String(m_what)));
        QString shapeError;
        std::optional<T> value = m_reader(document.object(), &shapeError);
        if (!value)
            return bodyError(facts, ApiError::Kind::BadShape, shapeError);
        m_result = std::move(*value);
        return {};
    }

private:
    const char *m_what;
    Reader m_reader;
    T m_result {};
};

} // namespace Ids::Core
