#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Ids::Sandbox {

// A small valid PNG made with QtCore only (the sandbox has no Gui): a two-colour diagonal gradient picked
// from the seed, so generated images differ visibly and decode everywhere.
QByteArray makePng(int width, int height, quint32 seed);

} // namespace Ids::Sandbox
