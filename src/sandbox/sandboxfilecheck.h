#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Ids::Sandbox {

// The sandbox's own judgement of uploaded bytes, written apart from the client's reader (core/files) so that
// a fault in the client's sniffer, ZIP reader or caption decoder cannot also hide in the server it is tested
// against. Strict, like a Python server: magic bytes decide what a file is, a caption must be valid UTF-8 as
// Python's bytes.decode("utf-8") sees it, a ZIP is read as Python's zipfile reads it (names without the UTF-8
// flag are CP437; nothing else is guessed).
namespace FileCheck {

enum class Kind { Jpeg, Png, WebP, Zip, Other };

Kind kindOf(QByteArrayView bytes);
bool isImage(Kind kind);

// Python's strict UTF-8: no overlong forms, no surrogates (ED A0..BF), nothing above U+10FFFF, no cut
// sequence. A BOM is kept as U+FEFF, as Python's "utf-8" codec keeps it. std::nullopt when not valid.
std::optional<QString> strictUtf8(QByteArrayView bytes);

struct ZipFile
{
    QString name; // the base name, as zipfile gives it (CP437 or UTF-8), after the last '/'
    QByteArray data;
};

// The files of a ZIP (folders left out), or std::nullopt with why (a damaged, encrypted, ZIP64 or
// unsafe archive: any name with ".." or an absolute path). At most maxTotal bytes are inflated.
std::optional<QList<ZipFile>> readZip(QByteArrayView bytes, qint64 maxTotal, QString *why = nullptr);

} // namespace FileCheck

} // namespace Ids::Sandbox
