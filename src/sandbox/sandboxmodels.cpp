#include "sandboxmodels.h"

#include "sandboxstate.h"

#include <QDateTime>

#include <algorithm>

namespace Ids::Sandbox {

namespace {

Core::ApiDateTime timeAt(qint64 epochMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    return Core::ApiDateTime {utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("+00:00"), utc};
}

QString slug(const QString &name)
{
    return name.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

void SandboxModels::scriptStatuses(const QString &modelId, const QStringList &statuses)
{
    for (Entry &entry : m_entries) {
        if (entry.model.id == modelId)
            entry.script = statuses;
    }
}

Core::CustomModel SandboxModels::add(const QString &name, const QString &datasetId, qint64 nowMs, int ageSeconds,
                                     Core::ModelFamily family)
{
    Entry entry;
    entry.family = family;
    entry.version = nextVersion(name);
    entry.model.id = SandboxState::newId();
    entry.model.name = name;
    entry.model.datasetId = datasetId;
    entry.model.owned = true;
    entry.model.creationTime = timeAt(QDateTime::currentMSecsSinceEpoch() - qint64(ageSeconds) * 1000);
    Core::TrainingRun run;
    run.id = SandboxState::newId();
    run.creationTime = entry.model.creationTime;
    entry.model.trainingRuns = {run};
    entry.startedMs = nowMs;
    m_entries.append(entry);
    return current(entry, nowMs);
}

Core::CustomModel SandboxModels::addShared(const QString &name, qint64 nowMs, Core::ModelFamily family)
{
    Entry entry;
    entry.family = family;
    entry.version = nextVersion(name);
    entry.model.id = SandboxState::newId();
    entry.model.name = name;
    entry.model.owned = false;
    entry.model.creationTime = timeAt(QDateTime::currentMSecsSinceEpoch() - 86400000);
    entry.scriptedStatus = QStringLiteral("COMPLETED");
    entry.startedMs = nowMs;
    m_entries.append(entry);
    return current(entry, nowMs);
}

Core::CustomModel SandboxModels::current(const Entry &entry, qint64 nowMs) const
{
    Core::CustomModel model = entry.model;
    QString runStatus;
    if (!entry.scriptedStatus.isEmpty()) {
        model.status = entry.scriptedStatus;
        runStatus = model.status == QLatin1String("COMPLETED") ? QStringLiteral("COMPLETED")
            : model.status == QLatin1String("ERRORED")         ? QStringLiteral("FAILED")
                                                               : QStringLiteral("TRAINING");
    } else {
        static const char *const steps[] = {"PREPARING_DATA", "QUEUED", "TRAINING", "FINALIZING"};
        const double elapsedSeconds = double(nowMs - entry.startedMs) / 1000.0 * m_speed;
        double end = 0;
        runStatus = QStringLiteral("COMPLETED");
        for (int i = 0; i < 4; ++i) {
            end += StepSeconds[i];
            if (elapsedSeconds < end) {
                runStatus = QLatin1String(steps[i]);
                break;
            }
        }
        model.status = runStatus == QLatin1String("COMPLETED") ? QStringLiteral("COMPLETED")
            : runStatus == QLatin1String("PREPARING_DATA")     ? QStringLiteral("CREATING")
                                                               : QStringLiteral("TRAINING");
    }
    if (model.status == QLatin1String("COMPLETED")) {
        model.availableForGeneration = true;
        model.customModelUri = QStringLiteral("model/%1/version/%2").arg(slug(model.name)).arg(entry.version);
        model.lastUpdateTime = timeAt(QDateTime::currentMSecsSinceEpoch());
    }
    if (!model.trainingRuns.isEmpty()) {
        model.trainingRuns.last().status = runStatus;
        model.trainingRuns.last().lastUpdateTime = timeAt(QDateTime::currentMSecsSinceEpoch());
    }
    return model;
}

QList<Core::CustomModel> SandboxModels::models(qint64 nowMs) const
{
    QList<Core::CustomModel> result;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        Core::CustomModel model = current(*it, nowMs);
        model.trainingRuns.clear(); // only the details carry them
        result.append(model);
    }
    return result;
}

std::optional<Core::CustomModel> SandboxModels::read(const QString &id, qint64 nowMs)
{
    for (Entry &entry : m_entries) {
        if (entry.model.id != id)
            continue;
        if (!entry.script.isEmpty())
            entry.scriptedStatus = entry.script.size() > 1 ? entry.script.takeFirst() : entry.script.constFirst();
        Core::CustomModel model = current(entry, nowMs);
        if (!model.owned)
            model.trainingRuns.clear();
        return model;
    }
    return std::nullopt;
}

int SandboxModels::nextVersion(const QString &name) const
{
    return 1 + int(std::count_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &entry) {
               return slug(entry.model.name) == slug(name);
           }));
}

Core::ModelFamily SandboxModels::family(const QString &modelId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.model.id == modelId)
            return entry.family;
    }
    return Core::ModelFamily::Unknown;
}

std::optional<Core::CustomModel> SandboxModels::byUri(const QString &uri, qint64 nowMs) const
{
    for (const Entry &entry : m_entries) {
        const Core::CustomModel model = current(entry, nowMs);
        if (!uri.isEmpty() && model.customModelUri == uri)
            return model;
    }
    return std::nullopt;
}

} // namespace Ids::Sandbox
