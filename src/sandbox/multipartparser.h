#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Sandbox {

struct MultipartPart
{
    QByteArray name; // the form field
    QString fileName; // as the client sent it, quotes and escapes removed
    QByteArray contentType;
    QByteArray data;
};

// Reads a multipart/form-data body (RFC 7578) as a server must: the boundary from the Content-Type header,
// parts split on it, each part's headers read up to the blank line. Strict: a malformed body gives an error
// instead of a guess, as a real server answers 400.
std::optional<QList<MultipartPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body,
                                                   QString *error);

} // namespace Ids::Sandbox
