#include "modelfamily.h"

#include <QCoreApplication>

namespace Ids::Core::Family {

QString key(ModelFamily family)
{
    switch (family) {
    case ModelFamily::V4:
        return QStringLiteral("4.0");
    case ModelFamily::V3:
        return QStringLiteral("3.0");
    case ModelFamily::Unknown:
        break;
    }
    return {};
}

std::optional<ModelFamily> fromKey(const QString &key)
{
    if (key == QLatin1String("4.0"))
        return ModelFamily::V4;
    if (key == QLatin1String("3.0"))
        return ModelFamily::V3;
    return std::nullopt;
}

QString displayName(ModelFamily family)
{
    switch (family) {
    case ModelFamily::V4:
        return QCoreApplication::translate("Ids::Core::Family", "Ideogram 4.0");
    case ModelFamily::V3:
        return QCoreApplication::translate("Ids::Core::Family", "Ideogram 3.0");
    case ModelFamily::Unknown:
        break;
    }
    return QCoreApplication::translate("Ids::Core::Family", "Family unknown");
}

} // namespace Ids::Core::Family
