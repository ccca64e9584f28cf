#include "perceptualhash.h"

#include <QHash>

#include <bit>
#include <numeric>

namespace Ids::Core {

std::optional<quint64> PerceptualHash::dHash(const GreyImage &image)
{
    if (!image.isValid() || image.width < GridWidth || image.height < GridHeight)
        return std::nullopt;
    // Each cell is the mean of the pixels it covers (a box filter): every pixel counts once, so fine detail
    // and JPEG noise average out. Cell bounds are rounded, so cells differ by at most one pixel in size.
    double cells[GridHeight][GridWidth];
    const auto *pixels = reinterpret_cast<const uchar *>(image.pixels.constData());
    for (int row = 0; row < GridHeight; ++row) {
        const int top = row * image.height / GridHeight;
        const int bottom = (row + 1) * image.height / GridHeight;
        for (int column = 0; column < GridWidth; ++column) {
            const int left = column * image.width / GridWidth;
            const int right = (column + 1) * image.width / GridWidth;
            quint64 sum = 0;
            for (int y = top; y < bottom; ++y) {
                const uchar *line = pixels + qsizetype(y) * image.width;
                for (int x = left; x < right; ++x)
                    sum += line[x];
            }
            cells[row][column] = double(sum) / double((bottom - top) * (right - left));
        }
    }
    quint64 hash = 0;
    for (int row = 0; row < GridHeight; ++row) {
        for (int column = 0; column < GridWidth - 1; ++column) {
            hash <<= 1;
            // A tiny margin: two cells of the same flat colour stay "not brighter" after JPEG's rounding.
            if (cells[row][column] > cells[row][column + 1] + 0.5)
                hash |= 1;
        }
    }
    return hash;
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

QString PerceptualHash::toHex(quint64 hash)
{
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

std::optional<quint64> PerceptualHash::fromHex(const QString &hex)
{
    if (hex.size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = hex.toULongLong(&ok, 16);
    return ok ? std::optional(value) : std::nullopt;
}

namespace {

// Union-find over indexes, with path halving.
class Groups
{
public:
    explicit Groups(qsizetype size)
        : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    qsizetype find(qsizetype i)
    {
        while (m_parent[i] != i) {
            m_parent[i] = m_parent[m_parent[i]];
            i = m_parent[i];
        }
        return i;
    }
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        // The smaller index stays the root, so a group is named by its first image.
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    QList<qsizetype> m_parent;
};

} // namespace

QList<DuplicateGroup> findDuplicates(const QList<ImageFingerprint> &images, int maxDistance)
{
    Groups groups(images.size());
    QHash<QByteArray, qsizetype> firstWithContent;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageFingerprint &image = images.at(i);
        if (!image.contentHash.isEmpty()) {
            const auto first = firstWithContent.constFind(image.contentHash);
            if (first == firstWithContent.cend())
                firstWithContent.insert(image.contentHash, i);
            else
                groups.unite(*first, i);
        }
        if (!image.dHash)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            const std::optional<quint64> &other = images.at(j).dHash;
            if (other && PerceptualHash::distance(*image.dHash, *other) <= maxDistance)
                groups.unite(i, j);
        }
    }
    QList<DuplicateGroup> result;
    QHash<qsizetype, qsizetype> slotOfRoot;
    QList<QList<qsizetype>> members;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const qsizetype root = groups.find(i);
        const auto slot = slotOfRoot.constFind(root);
        if (slot == slotOfRoot.cend()) {
            slotOfRoot.insert(root, members.size());
            members.append(QList<qsizetype> {i});
        } else {
            members[*slot].append(i);
        }
    }
    for (const QList<qsizetype> &group : std::as_const(members)) {
        if (group.size() < 2)
            continue;
        DuplicateGroup duplicate;
        const QByteArray &content = images.at(group.first()).contentHash;
        duplicate.exact = !content.isEmpty();
        for (const qsizetype i : group) {
            duplicate.keys.append(images.at(i).key);
            duplicate.exact = duplicate.exact && images.at(i).contentHash == content;
            for (const qsizetype j : group) {
                if (j < i && images.at(i).dHash && images.at(j).dHash)
                    duplicate.largestDistance = std::max(
                        duplicate.largestDistance, PerceptualHash::distance(*images.at(i).dHash, *images.at(j).dHash));
            }
        }
        if (duplicate.exact)
            duplicate.largestDistance = 0;
        result.append(duplicate);
    }
    return result;
}

} // namespace Ids::Core
