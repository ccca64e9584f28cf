#pragma once

#include <core/types/custommodel.h>
#include <core/types/generation.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Ids::Models {
class GalleryModel;
}

namespace Ids::Widgets {

// Makes images with the chosen model (prompt, negative prompt, aspect ratio, count, speed, seed) and
// shows the images it made before, from this computer.
class GeneratePanel final : public QWidget
{
    Q_OBJECT
public:
    GeneratePanel(Models::GalleryModel *gallery, QWidget *parent = nullptr);

    // The model to generate with (nullptr: none); the form is enabled only for a model that can generate.
    void setModel(const Core::CustomModel *model);
    // The folder of the current model's images (the gallery reads it).
    void setFolder(const QString &folder);
    void setBusy(bool busy, const QString &message = {});
    // Who pays for the images (Account::billingName()), said beside the Generate button.
    void setBilledTo(const QString &billedTo);
    void showMessage(const QString &message);

    Core::GenerationRequest request() const;

    QPlainTextEdit *promptEdit() const { return m_promptEdit; }
    QLineEdit *negativePromptEdit() const { return m_negativeEdit; }
    QSpinBox *countSpinBox() const { return m_countSpinBox; }
    QSpinBox *seedSpinBox() const { return m_seedSpinBox; }
    QPushButton *generateButton() const { return m_generateButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QListView *galleryView() const { return m_galleryView; }

Q_SIGNALS:
    void generateRequested(const Ids::Core::GenerationRequest &request);
    void cancelRequested();

private:
    void updateEnabled();

    Models::GalleryModel *m_gallery;
    bool m_canGenerate = false;
    bool m_busy = false;
    bool m_showingReadinessHint = false;
    QString m_modelId;
    QString m_folder;
    QPlainTextEdit *m_promptEdit;
    QLineEdit *m_negativeEdit;
    QComboBox *m_aspectComboBox;
    QSpinBox *m_countSpinBox;
    QComboBox *m_speedComboBox;
    QSpinBox *m_seedSpinBox;
    QPushButton *m_generateButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolderButton;
    QLabel *m_messageLabel;
    QLabel *m_billingLabel;
    QListView *m_galleryView;
};

} // namespace Ids::Widgets
