#pragma once

#include <core/types/custommodel.h>
#include <core/types/modelfamily.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Sandbox {

// The sandbox's custom models: trainings that move through Ideogram's statuses as time passes (or along
// a script test code gives), and models shared with the pretend account. Each remembers the family it was
// trained on, which (as on Ideogram) no answer states: the generate endpoints and quotes go by it. No HTTP here.
class SandboxModels final
{
public:
    // Seconds of each training step at speed 1: preparing data, queued, training, finalizing.
    static constexpr int StepSeconds[4] = {3, 3, 12, 3};

    // Higher is faster: 10 finishes a training in about 2 s.
    void setSpeed(double speed) { m_speed = speed > 0 ? speed : 1.0; }
    // Each read of the model's details takes the next status of the list; the last one stays.
    void scriptStatuses(const QString &modelId, const QStringList &statuses);

    Core::CustomModel add(const QString &name, const QString &datasetId, qint64 nowMs, int ageSeconds = 0,
                          Core::ModelFamily family = Core::ModelFamily::V3);
    Core::CustomModel addShared(const QString &name, qint64 nowMs, Core::ModelFamily family = Core::ModelFamily::V4);
    // Unknown for an id the sandbox does not have.
    Core::ModelFamily family(const QString &modelId) const;
    // Without advancing a script.
    QList<Core::CustomModel> models(qint64 nowMs) const;
    // For GET /models/{id}: advances the model's script, if it has one.
    std::optional<Core::CustomModel> read(const QString &id, qint64 nowMs);
    // The model a custom_model_uri names, if it exists.
    std::optional<Core::CustomModel> byUri(const QString &uri, qint64 nowMs) const;

private:
    struct Entry
    {
        Core::CustomModel model; // status, runs and registry fields are derived when read
        qint64 startedMs = 0;
        QStringList script;
        QString scriptedStatus;
        Core::ModelFamily family = Core::ModelFamily::V3;
        int version = 1; // a second model of the same name gets version 2: every address names one model
    };
    int nextVersion(const QString &name) const;
    Core::CustomModel current(const Entry &entry, qint64 nowMs) const;

    QList<Entry> m_entries;
    double m_speed = 1.0;
};

} // namespace Ids::Sandbox
