#pragma once

#include <QString>

#include <optional>

namespace Ids::Core {

// The base model a custom model was trained on (api-contract.md §9). Nothing in Ideogram's answers says it:
// the app knows it for models it trained and asks with a free price quote for the others (§9.2); until then
// it is Unknown, never guessed.
enum class ModelFamily { Unknown, V3, V4 };

namespace Family {
// The stable word the database and the sidecars keep: "4.0", "3.0"; empty for Unknown.
QString key(ModelFamily family);
// nullopt for a word this version does not know (kept as unknown, never misread).
std::optional<ModelFamily> fromKey(const QString &key);
// "Ideogram 4.0", "Ideogram 3.0", "Family unknown", translated.
QString displayName(ModelFamily family);
} // namespace Family

} // namespace Ids::Core
