#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Ids::Core {

// A caption as Ideogram lists it (DatasetFile::caption, api-contract.md §3, §12): plain text, or an Ideogram 4.0
// structured caption (a `.json` sidecar) returned as a JSON-encoded string whose shape is the structured
// describe answer of api-contract.md §11: high_level_description, style_description, compositional_deconstruction
// {background, elements[]}, tags. Pure functions; the details pane and the export use them.
namespace StructuredCaption {

// The JSON object of a structured caption, or nullopt when the caption is plain text (anything that is not
// a JSON object, including a JSON array or a number typed as a caption).
std::optional<QJsonObject> parse(const QString &caption);

// One line for a table cell: the high-level description of a structured caption (else its style, else its
// tags), the plain caption with its white space simplified otherwise.
QString summary(const QString &caption);

// The whole caption for a person to read: each field of a structured caption on its own labelled line
// (translated labels; unknown fields after the known ones, by name), the plain caption as it is.
QString readable(const QString &caption);

} // namespace StructuredCaption

} // namespace Ids::Core
