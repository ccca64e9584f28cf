#pragma once

#include <core/files/perceptualhash.h>

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>

namespace Ids::Imaging {

// The image side of duplicate finding (Core::PerceptualHash does the arithmetic). Thread-safe and
// blocking: for worker threads (reliability-rules.md R34).
namespace Fingerprint {

// Sides of the grey picture handed to the hash: eight pixels per cell of its 9 × 8 grid.
constexpr int GreyWidth = Core::PerceptualHash::GridWidth * 8;
constexpr int GreyHeight = Core::PerceptualHash::GridHeight * 8;

// The image over white (so transparent pixels hash the same whatever colour they hide), scaled smoothly to
// GreyWidth × GreyHeight whatever its aspect ratio (dHash compares shapes of light, not proportions), in
// shades of grey. Invalid for a null image.
Core::GreyImage greyImage(const QImage &image);
// dHash of a decoded image (a thumbnail is enough: the hash only looks at 9 × 8 cells).
std::optional<quint64> perceptualHash(const QImage &image);
// dHash of a thumbnail kept as PNG (the app's local copies of uploaded files, ContentStore).
std::optional<quint64> perceptualHashOfPng(const QByteArray &png);
// SHA-256 of the bytes: equal hashes mean byte-identical files.
QByteArray contentHash(const QByteArray &bytes);
// Whether contentHash uses the system's OpenSSL (libcrypto.so.3, loaded on first use; Qt's own otherwise).
bool contentHashUsesLibcrypto();
// Both, for a file on disk or an entry of a ZIP (zipEntry ≥ 0, the index in ZipDirectory's listing). The
// picture is decoded at thumbnail size. Empty parts when the file cannot be read or decoded.
Core::ImageFingerprint ofFile(const QString &key, const QString &path, int zipEntry = -1);

} // namespace Fingerprint

} // namespace Ids::Imaging
