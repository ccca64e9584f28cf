#include "reviewcaptions.h"

namespace Ids::Core {

QStringList captionedImageKeys(const UploadReview &review)
{
    QStringList keys;
    for (const ReviewRow &row : review.rows) {
        if (row.role == ReviewRow::Role::Image && row.isSent())
            keys.append(row.file.key());
    }
    return keys;
}

CaptionMap captionsFromFiles(const UploadReview &review)
{
    CaptionMap captions;
    for (const ReviewRow &row : review.rows) {
        if (row.role != ReviewRow::Role::Image || row.pairedWith < 0)
            continue;
        const ReviewRow &caption = review.rows.at(row.pairedWith);
        if (!caption.isSent())
            continue;
        captions.insert(row.file.key(),
                        CaptionEntry {caption.file.caption.text, CaptionSource::File,
                                      caption.sendName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)});
    }
    return captions;
}

CaptionEntry effectiveCaption(const QString &key, const CaptionMap &fromFiles, const CaptionMap &edits)
{
    if (const auto edit = edits.constFind(key); edit != edits.cend())
        return *edit;
    return fromFiles.value(key);
}

CaptionMap captionsToWrite(const UploadReview &review, const CaptionMap &fromFiles, const CaptionMap &edits)
{
    CaptionMap write;
    for (const QString &key : captionedImageKeys(review)) {
        const auto edit = edits.constFind(key);
        if (edit == edits.cend()) {
            // A caption from a metadata file has no sidecar of its own: it is written as one.
            if (fromFiles.value(key).source == CaptionSource::Metadata)
                write.insert(key, fromFiles.value(key));
            continue;
        }
        const CaptionEntry file = fromFiles.value(key);
        if (edit->text != file.text || edit->structured != file.structured)
            write.insert(key, *edit);
    }
    return write;
}

QSet<QString> zipsWithEditedCaptions(const QStringList &keys)
{
    QSet<QString> zips;
    for (const QString &key : keys) {
        // A ZIP entry's key is the archive's path, '#', the entry's index (ScannedFile::key()).
        const qsizetype hash = key.lastIndexOf(QLatin1Char('#'));
        if (hash > 0 && hash + 1 < key.size()) {
            bool number = false;
            key.mid(hash + 1).toInt(&number);
            if (number)
                zips.insert(key.left(hash));
        }
    }
    return zips;
}

} // namespace Ids::Core
