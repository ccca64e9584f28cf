#pragma once

#include <QList>

#include <algorithm>
#include <chrono>

namespace Ids::Core {

// How a service that journals its requests looks for one whose answer was lost: a first look, one more,
// then it asks the user.
struct ReconcileTiming
{
    std::chrono::milliseconds firstCheck {5000};
    std::chrono::milliseconds secondCheck {10000};
    std::chrono::minutes clockSlack {2}; // tolerated skew between our clock and Ideogram's
};

// Queues the journal entries an earlier run left, skipping those already queued or in hand: reconciliation
// is asked for again after a key change and must not handle an entry twice. convert(entry) makes the
// service's own pending record, whose journalId is the entry's id.
template<typename Pending, typename Entry, typename Convert>
void queueJournaled(QList<Pending> &queue, qint64 inHandId, const QList<Entry> &entries, Convert convert)
{
    for (const Entry &entry : entries) {
        const bool queued = std::any_of(queue.cbegin(), queue.cend(),
                                        [&](const Pending &pending) { return pending.journalId == entry.id; });
        if (!queued && inHandId != entry.id)
            queue.append(convert(entry));
    }
}

} // namespace Ids::Core
