#include "systemproxy.h"

#include <QNetworkProxyFactory>

namespace Ids::Core {

void SystemProxy::use()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace Ids::Core
