#pragma once

#include <QLocale>
#include <QString>

namespace Ids::Core {

// A file size as people read it in this locale: "512 bytes", "176 kB", "3.4 MB", "25 MB". Every size the
// app shows goes through here, so the units never differ between two places. Units of 1,024 bytes named
// kB, MB, GB (QLocale::DataSizeTraditionalFormat): the app's limits are whole numbers in them (25 MB is
// UploadLimits::MaxFileBytes), and these are the names people know from their file managers, never KiB or MiB.
// One decimal below 10 of a unit when it is not a whole number, none above: "3.4 MB", "3 MB" and "176 kB", not
// "176.85 KiB". Negative sizes are shown as 0 bytes.
QString dataSizeText(qint64 bytes, const QLocale &locale = QLocale());

} // namespace Ids::Core
