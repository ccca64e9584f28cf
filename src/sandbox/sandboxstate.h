#pragma once

#include <core/types/dataset.h>

#include <QList>
#include <QString>

namespace Ids::Sandbox {

// The sandbox's data: the datasets of one pretend account, kept for the run. No HTTP here.
class SandboxState final
{
public:
    static constexpr int MaxSearchLength = 64;

    Core::Dataset createDataset(const QString &name);
    const Core::Dataset *dataset(const QString &id) const;
    // Most recently created first; search is a case-insensitive substring of the name.
    QList<Core::Dataset> datasets(const QString &search = {}) const;
    bool rename(const QString &id, const QString &name);

    static QString userId() { return QStringLiteral("sandbox-user-0000000000"); }

private:
    QList<Core::Dataset> m_datasets; // in creation order
};

} // namespace Ids::Sandbox
