#pragma once

#include <QString>

namespace Ids::Core::Schema {

// The version of the account database this app writes (PRAGMA user_version). Forward migrations only: a
// database of a newer version is refused, not damaged.
//   1  datasets, pending creates
//   2  dataset details, local files with thumbnails, upload journal
//   3  models, pending trainings
//   4  one journal for everything that creates or bills; the three journal tables of 1–3 folded into it
//   5  review drafts (issue 15: the files chosen, rows removed and captions typed before an upload)
//   6  the family (Ideogram 4.0 or 3.0) of each model, and how the app knows it
constexpr int Version = 6;

// Brings the database of this connection to Version in one transaction (nothing changes when a step
// fails). error: what went wrong, for the sentence the app shows.
bool migrate(const QString &connectionName, QString *error);

} // namespace Ids::Core::Schema
