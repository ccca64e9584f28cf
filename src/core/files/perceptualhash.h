#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ids::Core {

// A picture as shades of grey: one byte per pixel (0 black … 255 white), row by row, width × height bytes.
// Core has no QImage: src/imaging makes one of these from a decoded image (Imaging::greyImage).
struct GreyImage
{
    int width = 0;
    int height = 0;
    QByteArray pixels;

    bool isValid() const { return width > 0 && height > 0 && pixels.size() == qsizetype(width) * height; }
};

// The difference hash ("dHash", N. Krawetz, "Kind of Like That", The Hacker Factor blog, 2013): the picture
// is averaged down to 9 × 8 cells of grey, and each of the 64 bits says whether a cell is brighter than its
// right-hand neighbour. Two pictures whose hashes differ in few bits look alike: the hash does not change
// when a photo is scaled, re-compressed, or made uniformly brighter or darker, and it ignores colour. It
// does change when a picture is mirrored, cropped a lot or is another picture. Issue 14 item 7 (duplicates in a
// training set); the dataset health line uses it too.
//
// Bit order: bit 63 is the top-left comparison, then left to right and top to bottom, so the hash in hex
// reads like the grid. A pure function: thread-safe, but call it on a worker when there are many images
// (reliability-rules.md R34 counts hashing as work the GUI thread never does).
class PerceptualHash final
{
public:
    static constexpr int GridWidth = 9;
    static constexpr int GridHeight = 8;
    // At most this many differing bits (of 64): near duplicates. Krawetz suggests ≤ 10 for "probably the
    // same picture"; a re-saved or resized photo usually differs in 0–4 bits, two different photos in ~32.
    static constexpr int NearDistance = 10;

    // nullopt for an invalid or empty picture, or one smaller than the grid (nothing to compare).
    static std::optional<quint64> dHash(const GreyImage &image);
    // The number of differing bits, 0–64.
    static int distance(quint64 a, quint64 b);
    // 16 hex digits, for logs and the database.
    static QString toHex(quint64 hash);
    static std::optional<quint64> fromHex(const QString &hex);
};

// What is known of one image to find its duplicates. Either part may be missing.
struct ImageFingerprint
{
    QString key; // the caller's name for the image (a review row's ScannedFile::key(), a dataset file name)
    QByteArray contentHash; // a hash of the file's bytes (SHA-256): equal means byte-identical; empty: unknown
    std::optional<quint64> dHash;
};

// Images that are copies of each other: byte-identical (exact) or looking alike (near).
struct DuplicateGroup
{
    QStringList keys; // in the order the images were given; at least two
    bool exact = false; // every image of the group has the same bytes
    int largestDistance = 0; // the largest dHash distance between two images of the group (0 when exact)
};

// Groups images whose bytes are identical or whose dHashes are at most maxDistance apart (transitively: a ~ b
// and b ~ c put a, b and c in one group). Groups come in the order of their first image. O(n²) comparisons
// of 64-bit words: a few milliseconds for the 100 images of a dataset and a few hundred new ones.
QList<DuplicateGroup> findDuplicates(const QList<ImageFingerprint> &images,
                                     int maxDistance = PerceptualHash::NearDistance);

} // namespace Ids::Core
