#pragma once

#include <core/captions/captionset.h>

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Ids::Widgets {

// The review sheet's side panel (issue 15 item 1): the selected image large, where its caption comes from, and
// the caption in a multi-line editor. Every change is reported at once (edited); the sheet records it as an
// undo step. The larger picture is decoded on a worker thread; the list's thumbnail stands in meanwhile.
class CaptionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CaptionPanel(QWidget *parent = nullptr);
    ~CaptionPanel() override;

    // key: ScannedFile::key(); path: the file on disk to decode larger (empty for a ZIP entry or HEIC: the
    // thumbnail is used); editable: false for a row that has no caption of its own (a ZIP, a caption file).
    void showImage(const QString &key, const QString &name, const QString &path, const QImage &thumbnail,
                   bool editable);
    void showNothing(const QString &why);
    // The row's check and result in full (the list shows two lines of it).
    void setVerdict(const QString &verdict);
    // The caption of the shown image changed (typed here, undone, filled by Ideogram): shows it without
    // reporting it back.
    void setCaption(const Core::CaptionEntry &caption);
    QString key() const { return m_key; }
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void edited(const QString &key, const QString &text);

private:
    void onTextChanged();
    void updateCount();
    void showPicture(const QImage &image);

    QString m_key;
    bool m_updating = false;
    QLabel *m_picture;
    QLabel *m_name;
    QLabel *m_source;
    QLabel *m_verdict;
    QPlainTextEdit *m_editor;
    QLabel *m_count;
    QFutureWatcher<QImage> m_decode;
};

} // namespace Ids::Widgets
