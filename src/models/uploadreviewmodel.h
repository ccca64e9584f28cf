#pragma once

#include <core/files/uploadreview.h>
#include <core/services/uploadservice.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>

namespace Ids::Models {

class ReviewCaptions;

// The review sheet's rows: every file the user chose, its verdict before sending and, once sent, its
// result. Rows are the review's rows, in the same order.
class UploadReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { File, Caption, Type, Size, Verdict, Count };
    // Whether an image row has a caption and where it came from (Core::CaptionSource as int).
    static constexpr int CaptionSourceRole = Qt::UserRole + 40;
    static constexpr int IconEdge = 40;

    explicit UploadReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReview(const Core::UploadReview &review);
    // The captions shown in the Caption column (issue 15); the model follows their changes.
    void setCaptions(const ReviewCaptions *captions);
    int rowOfKey(const QString &key) const; // -1 when no row has it
    // A sentence on an image's caption (why Ideogram did not caption it); empty clears it.
    void setCaptionNote(const QString &key, const QString &note);
    QString captionNote(const QString &key) const { return m_captionNotes.value(key); }
    // Sentences naming each duplicate image's copies (issue 14 item 7), by key; shown with the verdict.
    void setDuplicateNotes(const QHash<QString, QString> &notes);
    const Core::UploadReview &review() const { return m_review; }
    // key: ScannedFile::key() (a file's path, or a ZIP entry's key).
    void setThumbnail(const QString &key, const QImage &image);
    void setResult(int row, const Core::UploadItemResult &result);
    std::optional<Core::UploadItemResult> result(int row) const;

    static QString stateText(Core::UploadItemResult::State state);
    static QString typeText(const Core::ReviewRow &row);

private:
    QString verdictText(int row) const;
    QVariant captionData(const Core::ReviewRow &row, int role) const;
    void onCaptionsChanged(const QStringList &keys);

    Core::UploadReview m_review;
    const ReviewCaptions *m_captions = nullptr;
    QHash<QString, QString> m_captionNotes;
    QHash<QString, QString> m_duplicateNotes;
    QHash<int, Core::UploadItemResult> m_results; // by row, once the upload started
    QHash<QString, QImage> m_thumbnails; // by ScannedFile::key()
};

} // namespace Ids::Models
