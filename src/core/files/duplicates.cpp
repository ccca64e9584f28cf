#include "duplicates.h"

namespace Ids::Core {

QStringList duplicatesToRemove(const QList<DuplicateGroup> &groups, const QStringList &keys)
{
    QStringList remove;
    for (const DuplicateGroup &group : groups) {
        const bool inDataset = std::any_of(group.keys.cbegin(), group.keys.cend(),
                                           [](const QString &key) { return key.startsWith(DatasetKeyPrefix); });
        QString keep;
        if (!inDataset) {
            for (const QString &key : keys) {
                if (group.keys.contains(key)) {
                    keep = key;
                    break;
                }
            }
        }
        for (const QString &key : group.keys) {
            if (!key.startsWith(DatasetKeyPrefix) && key != keep && keys.contains(key))
                remove.append(key);
        }
    }
    return remove;
}

QHash<QString, QStringList> duplicateOthers(const QList<DuplicateGroup> &groups)
{
    QHash<QString, QStringList> others;
    for (const DuplicateGroup &group : groups) {
        for (const QString &key : group.keys) {
            if (key.startsWith(DatasetKeyPrefix))
                continue;
            QStringList names;
            for (const QString &other : group.keys) {
                if (other != key)
                    names.append(other);
            }
            others.insert(key, names);
        }
    }
    return others;
}

} // namespace Ids::Core
