#include "captionpanel.h"

#include "tone.h"

#include <core/files/uploadlimits.h>

#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Ids::Widgets {

namespace {

constexpr int PictureEdge = 320; // pixels: the side panel's picture, longest side

QImage decodeLarger(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(PictureEdge, PictureEdge, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

CaptionPanel::CaptionPanel(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_name(new QLabel(this))
    , m_source(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("captionPanel"));
    m_picture->setObjectName(QStringLiteral("captionPicture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 200);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_name->setObjectName(QStringLiteral("captionImageName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("captionSourceLabel"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_editor->setObjectName(QStringLiteral("captionEditor"));
    m_editor->setAccessibleName(tr("Caption"));
    m_editor->setPlaceholderText(tr("Describe what is in the picture, for example “acme shoe, red, on grass”."));
    m_editor->setTabChangesFocus(true);
    m_count->setObjectName(QStringLiteral("captionCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    // The words under the picture keep room for two lines each (a word-wrapped label's minimum is one); the
    // picture gives way.
    for (QLabel *label : {m_verdict, m_source, m_count})
        label->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 2);
    setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picture, 3);
    layout->addWidget(m_name);
    layout->addWidget(m_verdict);
    layout->addWidget(m_source);
    layout->addWidget(m_editor, 2);
    layout->addWidget(m_count);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &CaptionPanel::onTextChanged);
    showNothing(tr("Select an image to see and write its caption."));
}

CaptionPanel::~CaptionPanel()
{
    m_decode.disconnect(this);
}

void CaptionPanel::showImage(const QString &key, const QString &name, const QString &path, const QImage &thumbnail,
                             bool editable)
{
    m_key = key;
    m_name->setText(name);
    showPicture(thumbnail);
    m_decode.disconnect(this);
    if (!path.isEmpty()) {
        // Decoding a photo takes tens of milliseconds: never on the GUI thread (reliability-rules.md R34).
        m_decode.setFuture(QtConcurrent::run(&decodeLarger, path));
        connect(&m_decode, &QFutureWatcherBase::finished, this, [this, key] {
            if (key == m_key && !m_decode.result().isNull())
                showPicture(m_decode.result());
        });
    }
    m_editor->setEnabled(editable);
    if (!editable) {
        m_updating = true;
        m_editor->clear();
        m_updating = false;
        m_source->setText(tr("Captions belong to images: select an image row."));
        m_count->clear();
    }
}

void CaptionPanel::showNothing(const QString &why)
{
    m_key.clear();
    m_decode.disconnect(this);
    m_picture->clear();
    m_picture->setText(why);
    m_picture->setWordWrap(true);
    m_name->clear();
    m_verdict->clear();
    m_source->clear();
    m_updating = true;
    m_editor->clear();
    m_updating = false;
    m_editor->setEnabled(false);
    m_count->clear();
}

void CaptionPanel::setVerdict(const QString &verdict)
{
    m_verdict->setText(verdict);
}

void CaptionPanel::showPicture(const QImage &image)
{
    if (image.isNull()) {
        m_picture->setPixmap(QPixmap());
        return;
    }
    m_picture->setPixmap(QPixmap::fromImage(
        image.scaled(QSize(PictureEdge, PictureEdge).boundedTo(m_picture->size().expandedTo(QSize(120, 120))),
                     Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void CaptionPanel::setCaption(const Core::CaptionEntry &caption)
{
    if (m_editor->toPlainText() != caption.text) {
        m_updating = true;
        m_editor->setPlainText(caption.text);
        m_updating = false;
    }
    switch (caption.source) {
    case Core::CaptionSource::None:
        m_source->setText(tr("No caption yet."));
        break;
    case Core::CaptionSource::File:
        m_source->setText(tr("From the caption file next to the image."));
        break;
    case Core::CaptionSource::Metadata:
        m_source->setText(tr("From the folder's metadata file."));
        break;
    case Core::CaptionSource::Typed:
        m_source->setText(tr("Written here."));
        break;
    case Core::CaptionSource::Ideogram:
        m_source->setText(caption.structured ? tr("From Ideogram, structured (4.0): check it.")
                                             : tr("From Ideogram: check it."));
        break;
    }
    updateCount();
}

void CaptionPanel::onTextChanged()
{
    updateCount();
    if (!m_updating && !m_key.isEmpty())
        Q_EMIT edited(m_key, m_editor->toPlainText());
}

void CaptionPanel::updateCount()
{
    const qint64 bytes = m_editor->toPlainText().toUtf8().size();
    const QLocale locale;
    const QString limit =
        locale.formattedDataSize(Core::UploadLimits::MaxCaptionBytes, 0, QLocale::DataSizeTraditionalFormat);
    m_count->setText(bytes > Core::UploadLimits::MaxCaptionBytes
                         ? tr("Too long: captions can be at most %1. Shorten it before you upload.").arg(limit)
                         : tr("%n character(s) (at most %1)", "", int(m_editor->toPlainText().size())).arg(limit));
    if (bytes > Core::UploadLimits::MaxCaptionBytes)
        applyErrorText(m_count);
    else
        m_count->setPalette(QPalette());
}

} // namespace Ids::Widgets
