#include "randomfaults.h"

#include <QJsonArray>

namespace Ids::Sandbox {

RandomFaults::RandomFaults(double rate, quint32 seed)
    : m_rate(rate)
    , m_random(seed)
{ }

std::optional<SandboxServer::Fault> RandomFaults::draw()
{
    ++m_requests;
    if (m_random.generateDouble() >= m_rate)
        return std::nullopt;
    using Action = SandboxServer::Fault::Action;
    SandboxServer::Fault fault;
    QString kind;
    switch (m_random.bounded(6)) {
    case 0:
        kind = QStringLiteral("reset-before-apply");
        fault.action = Action::DropBeforeApply;
        break;
    case 1:
        kind = QStringLiteral("reset-after-apply");
        fault.action = Action::DropAfterApply;
        break;
    case 2:
        kind = QStringLiteral("500-before-apply");
        fault.action = Action::Respond;
        fault.status = 500;
        fault.body = R"json({"error":"Internal server error (soak)"})json";
        break;
    case 3:
        kind = QStringLiteral("500-after-apply");
        fault.action = Action::ApplyThenRespond;
        fault.status = 500;
        fault.body = R"json({"error":"Internal server error (soak)"})json";
        break;
    case 4:
        kind = QStringLiteral("429");
        fault.action = Action::Respond;
        fault.status = 429;
        fault.body = R"json({"error":"Too many requests in flight (soak)","reject_reason":"inflight_limit"})json";
        fault.headers = {{"Retry-After", "1"}};
        break;
    default:
        kind = QStringLiteral("slow-answer");
        fault.action = Action::DelayThenRespond;
        fault.delayMs = 1000 + int(m_random.bounded(4000));
        break;
    }
    ++m_counts[kind];
    return fault;
}

QJsonObject RandomFaults::counts() const
{
    QJsonObject counts;
    int total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        counts.insert(it.key(), it.value());
        total += it.value();
    }
    counts.insert(QStringLiteral("total"), total);
    return counts;
}

QJsonObject RandomFaults::report(const SandboxServer &server, const RandomFaults &faults)
{
    QHash<QString, int> datasetNames;
    QJsonObject files;
    for (const Core::Dataset &dataset : server.datasets()) {
        ++datasetNames[dataset.name];
        QJsonArray names;
        for (const Core::DatasetFile &file : server.files(dataset.id))
            names.append(file.fileName.value_or(QString()));
        files.insert(dataset.id, names);
    }
    QHash<QString, int> modelNames;
    for (const Core::CustomModel &model : server.models())
        ++modelNames[model.name];
    const auto toObject = [](const QHash<QString, int> &counts) {
        QJsonObject object;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QJsonObject datasetIds;
    for (const Core::Dataset &dataset : server.datasets())
        datasetIds.insert(dataset.id, dataset.name);
    return QJsonObject {
        {QStringLiteral("requests"), faults.requests()},
        {QStringLiteral("faults"), faults.counts()},
        {QStringLiteral("datasetsByName"), toObject(datasetNames)},
        {QStringLiteral("datasetNames"), datasetIds},
        {QStringLiteral("modelsByName"), toObject(modelNames)},
        {QStringLiteral("files"), files},
        {QStringLiteral("uploadedParts"), server.uploadedPartCount()},
    };
}

} // namespace Ids::Sandbox
