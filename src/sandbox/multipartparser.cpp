#include "multipartparser.h"

namespace Ids::Sandbox {

namespace {

std::optional<QList<MultipartPart>> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// A header parameter's value: token or quoted string (with backslash escapes).
QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QByteArray lower = header.toLower();
    const QByteArray key = name + '=';
    qsizetype at = 0;
    while ((at = lower.indexOf(key, at)) >= 0) {
        // Must start a parameter, not end another one ("filename=" contains "name=").
        if (at > 0 && lower.at(at - 1) != ';' && lower.at(at - 1) != ' ' && lower.at(at - 1) != '\t') {
            ++at;
            continue;
        }
        qsizetype i = at + key.size();
        QByteArray value;
        if (i < header.size() && header.at(i) == '"') {
            for (++i; i < header.size() && header.at(i) != '"'; ++i) {
                if (header.at(i) == '\\' && i + 1 < header.size())
                    ++i;
                value += header.at(i);
            }
        } else {
            for (; i < header.size() && header.at(i) != ';'; ++i)
                value += header.at(i);
            value = value.trimmed();
        }
        return value;
    }
    return {};
}

} // namespace

std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body,
                                                   QString *error)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return fail(error, QStringLiteral("Content-Type must be multipart/form-data"));
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return fail(error, QStringLiteral("the multipart boundary is missing"));

    const QByteArray delimiter = "--" + boundary;
    const QByteArray partEnd = "\r\n" + delimiter;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return fail(error, QStringLiteral("the body does not contain the boundary"));
    QList<MultipartPart> parts;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return fail(error, QStringLiteral("a boundary line is malformed"));
        at += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", at);
        if (headersEnd < 0)
            return fail(error, QStringLiteral("a part has no end of headers"));
        MultipartPart part;
        for (const QByteArray &line : body.mid(at, headersEnd - at).split('\n')) {
            const QByteArray header = line.trimmed();
            const qsizetype colon = header.indexOf(':');
            if (colon <= 0)
                return fail(error, QStringLiteral("a part header is malformed"));
            const QByteArray headerName = header.left(colon).trimmed().toLower();
            const QByteArray value = header.mid(colon + 1).trimmed();
            if (headerName == "content-disposition") {
                part.name = parameter(value, "name");
                part.fileName = QString::fromUtf8(parameter(value, "filename"));
            } else if (headerName == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(partEnd, dataStart);
        if (next < 0)
            return fail(error, QStringLiteral("a part is not closed by the boundary"));
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        at = next + 2;
    }
}

} // namespace Ids::Sandbox
