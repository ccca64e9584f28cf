#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>

namespace Ids::Imaging::SmallPicture {

// Longest side, in pixels, of the picture both the thumbnail and the duplicate check are made from.
constexpr int Edge = 128;

// The upright picture of a file, or of an entry of a ZIP (zipEntry ≥ 0), at most Edge pixels on its longest
// side (ImageDecoder::decode, then ImageDecoder::upright with the file's EXIF orientation). Decoded once
// for the thumbnail and the duplicate check together: both ask within moments of each other when photos are
// dropped, and decoding each 12-megapixel JPEG twice took a third of the review's time (bench/run.sh,
// figure photos-jpeg). Kept by path, entry, size and modification time; a thread that asks while another
// decodes the same file waits for that result; the last 256 pictures are kept. read gives the file's (or
// the entry's) bytes, called only when the picture must be decoded. A null image, and why in error, when
// it cannot be read or decoded. Thread-safe and blocking: for worker threads only.
QImage of(const QString &path, int zipEntry, const std::function<QByteArray()> &read, QString *error);

} // namespace Ids::Imaging::SmallPicture
