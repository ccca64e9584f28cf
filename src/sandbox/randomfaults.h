#pragma once

#include "sandboxserver.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <optional>

namespace Ids::Sandbox {

// The faults of the soak (bench/soak.sh): each request meets one with a given chance, drawn from a seeded
// generator so that a run can be repeated. Resets before and after the request is applied, 500s before and
// after, 429s with a Retry-After, and slow answers: the faults a client meets on a bad day, at random.
class RandomFaults final
{
public:
    RandomFaults(double rate, quint32 seed);

    // A fault for this request, or none (most requests); counted.
    std::optional<SandboxServer::Fault> draw();
    void setRate(double rate) { m_rate = rate; }
    int requests() const { return m_requests; }
    // Faults injected so far, by kind ("reset-before-apply": 12, …).
    QJsonObject counts() const;

    // What the soak checks at the end: the requests and faults, and how many datasets and models of each name
    // the server holds, with each dataset's file names (a name twice is a file sent twice).
    static QJsonObject report(const SandboxServer &server, const RandomFaults &faults);

private:
    double m_rate;
    QRandomGenerator m_random;
    int m_requests = 0;
    QHash<QString, int> m_counts;
};

} // namespace Ids::Sandbox
