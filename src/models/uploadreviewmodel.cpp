#include "uploadreviewmodel.h"

#include "reviewcaptions.h"
#include "statuscolours.h"

#include <core/files/filesniffer.h>
#include <core/text/datasize.h>

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSize>

namespace Ids::Models {

using Core::ReviewRow;
using Core::UploadItemResult;

UploadReviewModel::UploadReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int UploadReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.rows.size());
}

int UploadReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString UploadReviewModel::stateText(UploadItemResult::State state)
{
    switch (state) {
    case UploadItemResult::State::Waiting:
        return tr("Waiting");
    case UploadItemResult::State::Sending:
        return tr("Sending…");
    case UploadItemResult::State::Processing:
        return tr("Processing on Ideogram…");
    case UploadItemResult::State::Done:
        return tr("Uploaded");
    case UploadItemResult::State::Failed:
        return tr("Failed");
    case UploadItemResult::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString UploadReviewModel::verdictText(int row) const
{
    if (const auto it = m_results.constFind(row); it != m_results.cend()) {
        const QString state = stateText(it->state);
        return it->message.isEmpty() ? state : state + QStringLiteral(": ") + it->message;
    }
    const ReviewRow &reviewRow = m_review.rows.at(row);
    QString note = reviewRow.note.isEmpty() ? QString() : QLatin1Char(' ') + reviewRow.note;
    if (const QString duplicate = m_duplicateNotes.value(reviewRow.file.key()); !duplicate.isEmpty())
        note += QLatin1Char(' ') + duplicate;
    if (reviewRow.role == ReviewRow::Role::Skipped)
        return reviewRow.reason;
    switch (reviewRow.verdict) {
    case ReviewRow::Verdict::Ok:
        if (reviewRow.pending)
            return tr("Preparing…") + note;
        if (reviewRow.role == ReviewRow::Role::Caption && reviewRow.pairedWith >= 0)
            return tr("Ready: caption for %1.").arg(m_review.rows.at(reviewRow.pairedWith).sendName) + note;
        return tr("Ready.") + note;
    case ReviewRow::Verdict::Warning:
        return (reviewRow.pending ? tr("Preparing…") + QLatin1Char(' ') : QString())
            + tr("Ready, but: %1").arg(reviewRow.reason) + note;
    case ReviewRow::Verdict::Refused:
        return tr("Will not be sent: %1").arg(reviewRow.reason);
    }
    return {};
}

QString UploadReviewModel::typeText(const ReviewRow &row)
{
    switch (row.role) {
    case ReviewRow::Role::Caption:
        return tr("Caption");
    case ReviewRow::Role::Zip:
        return tr("ZIP archive");
    case ReviewRow::Role::Skipped:
        return tr("Skipped");
    case ReviewRow::Role::Image:
        if (row.file.kind == Core::FileKind::Heif)
            return row.file.image.hasAlpha ? tr("HEIF image") : tr("HEIC photo");
        return tr("%1 image").arg(Core::FileSniffer::shownKindName(row.file.kind));
    case ReviewRow::Role::Refused:
        break;
    }
    if (row.file.nameUnreadable || !row.file.readError.isEmpty())
        return tr("Unreadable");
    return Core::FileSniffer::shownKindName(row.file.kind);
}

QVariant UploadReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewRow &row = m_review.rows.at(index.row());
    const auto result = m_results.constFind(index.row());
    switch (Column(index.column())) {
    case Column::File:
        if (role == Qt::DisplayRole) {
            // An entry of a ZIP is shown under it, by its path inside the archive.
            return row.zipRow >= 0 ? QStringLiteral("› ") + row.file.zipMember : row.file.displayName();
        }
        if (role == Qt::ToolTipRole) {
            const QString where =
                row.zipRow >= 0 ? row.file.path + QStringLiteral(" › ") + row.file.zipMember : row.file.path;
            return row.isSent() && row.sendName != row.file.displayName().section(QLatin1Char('/'), -1)
                ? tr("%1\nSent as %2").arg(where, row.sendName)
                : where;
        }
        if (role == Qt::DecorationRole) {
            // Every row holds an image of the same size (a clear one until the thumbnail is made), so names
            // line up and rows keep one height whatever the first row is.
            static const QImage blank = [] {
                QImage image(IconEdge, IconEdge, QImage::Format_ARGB32_Premultiplied);
                image.fill(Qt::transparent);
                return image;
            }();
            const auto thumbnail = m_thumbnails.constFind(row.file.key());
            return thumbnail == m_thumbnails.cend() ? blank : *thumbnail;
        }
        if (role == Qt::SizeHintRole)
            return QSize(-1, IconEdge + 4);
        break;
    case Column::Caption:
        return captionData(row, role);
    case Column::Type:
        if (role == Qt::DisplayRole)
            return typeText(row);
        break;
    case Column::Size:
        if (role == Qt::DisplayRole)
            return row.file.leftOut > 0
                    || (row.role == ReviewRow::Role::Skipped && row.file.zipMember.endsWith(QLatin1Char('/')))
                ? QString()
                : Core::dataSizeText(row.file.size);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Column::Verdict:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return verdictText(index.row());
        if (role == Qt::ForegroundRole) {
            const bool bad = result != m_results.cend()
                ? result->state == UploadItemResult::State::Failed
                : row.verdict == ReviewRow::Verdict::Refused && row.role != ReviewRow::Role::Skipped;
            if (bad)
                return StatusColours::forState(StatusColours::State::Bad, QGuiApplication::palette());
        }
        break;
    case Column::Count:
        break;
    }
    return {};
}

QVariant UploadReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::File:
        return tr("File");
    case Column::Caption:
        return tr("Caption");
    case Column::Type:
        return tr("Type");
    case Column::Size:
        return tr("Size");
    case Column::Verdict:
        return tr("Check and result");
    case Column::Count:
        break;
    }
    return {};
}

void UploadReviewModel::setReview(const Core::UploadReview &review)
{
    // The same rows judged again (a preparation finished): the rows change in place, so the selection and
    // the scroll position stay where the user left them.
    const bool sameRows = review.rows.size() == m_review.rows.size()
        && std::equal(review.rows.cbegin(), review.rows.cend(), m_review.rows.cbegin(),
                      [](const ReviewRow &a, const ReviewRow &b) { return a.file.key() == b.file.key(); });
    if (sameRows && !m_review.rows.isEmpty()) {
        m_review = review;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_review = review;
    m_results.clear();
    endResetModel();
}

QVariant UploadReviewModel::captionData(const ReviewRow &row, int role) const
{
    if (!m_captions || row.role != ReviewRow::Role::Image || !row.isSent())
        return {};
    const Core::CaptionEntry caption = m_captions->caption(row.file.key());
    const bool none = caption.text.trimmed().isEmpty();
    const QString note = m_captionNotes.value(row.file.key());
    if (none && !note.isEmpty() && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return note;
    if (none && !note.isEmpty() && role == Qt::ForegroundRole)
        return QColor(0xc0, 0x1c, 0x28);
    switch (role) {
    case Qt::DisplayRole:
        // One line in the list; the editor beside it shows every line.
        return none ? tr("No caption") : caption.text.simplified();
    case Qt::ToolTipRole:
        switch (caption.source) {
        case Core::CaptionSource::Ideogram:
            return tr("From Ideogram: a draft to check and change.");
        case Core::CaptionSource::File:
            return m_captions->metadataDiffers(row.file.key())
                ? tr("From the caption file next to the image; the folder's metadata file has other words for it.")
                : tr("From the caption file next to the image.");
        case Core::CaptionSource::Metadata:
            return tr("From the folder's metadata file.");
        case Core::CaptionSource::Typed:
            return tr("Written here.");
        case Core::CaptionSource::None:
            return tr("This image has no caption yet.");
        }
        break;
    case Qt::FontRole:
        if (none || caption.source == Core::CaptionSource::Ideogram) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (none)
            return QPalette().color(QPalette::PlaceholderText);
        break;
    case CaptionSourceRole:
        return int(caption.source);
    default:
        break;
    }
    return {};
}

void UploadReviewModel::setCaptions(const ReviewCaptions *captions)
{
    if (m_captions)
        disconnect(m_captions, nullptr, this, nullptr);
    m_captions = captions;
    if (m_captions)
        connect(m_captions, &ReviewCaptions::changed, this, &UploadReviewModel::onCaptionsChanged);
}

void UploadReviewModel::onCaptionsChanged(const QStringList &keys)
{
    for (const QString &key : keys) {
        const int row = rowOfKey(key);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, int(Column::Caption)), index(row, int(Column::Caption)));
    }
}

void UploadReviewModel::setCaptionNote(const QString &key, const QString &note)
{
    if (note.isEmpty())
        m_captionNotes.remove(key);
    else
        m_captionNotes.insert(key, note);
    onCaptionsChanged({key});
}

void UploadReviewModel::setDuplicateNotes(const QHash<QString, QString> &notes)
{
    if (notes == m_duplicateNotes)
        return;
    m_duplicateNotes = notes;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Verdict)), index(rowCount() - 1, int(Column::Verdict)));
}

int UploadReviewModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_review.rows.size(); ++row) {
        if (m_review.rows.at(row).file.key() == key)
            return row;
    }
    return -1;
}

void UploadReviewModel::setThumbnail(const QString &key, const QImage &image)
{
    // Views draw a QImage decoration at its own size: scaled once here, not on every paint.
    m_thumbnails.insert(key, image.scaled(IconEdge, IconEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    for (int row = 0; row < m_review.rows.size(); ++row) {
        if (m_review.rows.at(row).file.key() == key)
            Q_EMIT dataChanged(index(row, 0), index(row, 0), {Qt::DecorationRole});
    }
}

void UploadReviewModel::setResult(int row, const UploadItemResult &result)
{
    m_results.insert(row, result);
    Q_EMIT dataChanged(index(row, int(Column::Verdict)), index(row, int(Column::Verdict)));
}

std::optional<UploadItemResult> UploadReviewModel::result(int row) const
{
    const auto it = m_results.constFind(row);
    return it == m_results.cend() ? std::nullopt : std::optional<UploadItemResult>(*it);
}

} // namespace Ids::Models
