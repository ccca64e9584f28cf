#pragma once

#include "stackeditor.h"

#include <core/api/apierror.h>
#include <core/types/custommodel.h>
#include <core/types/generation.h>
#include <core/types/pricequote.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace Ids::Widgets {

// Makes images with the chosen model, with the controls of its family (api-contract.md §9.3): for Ideogram 4.0 the
// output size (shape first, then size), models stacked under it with their weights; for 3.0 what to leave out, the
// aspect ratio and an image to remix; for both the prompt, the number of images, the speed (each choice says what
// it trades), whether Ideogram may improve the prompt, and the seed. While the family is not known, only what both
// share is offered. Under the buttons: the price of exactly this request and who pays, and what happened.
// Ctrl+Enter in the prompt generates; the focus stays where the user works.
class GeneratePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit GeneratePanel(QWidget *parent = nullptr);

    // The model to generate with (nullptr: none) and what the app knows of its family.
    void setModel(const Core::CustomModel *model, Core::ModelFamily family);
    Core::ModelFamily family() const { return m_family; }
    // What the app is doing about an unknown family ("Asking Ideogram…"), shown in its place.
    void setFamilyNote(const QString &note);
    void setStackCandidates(const QList<StackCandidate> &candidates);
    void setFolder(const QString &folder);
    void setBusy(bool busy, const QString &message = {});
    bool isBusy() const { return m_busy; }
    // Who pays for the images (Account::billingName()), said on the price line.
    // Who pays for what is made here (the account's billing name); sandbox: nobody, said as such.
    void setBilledTo(const QString &billedTo, bool sandbox = false);
    // The price line: a quote of the current request, one on its way, none to be had (and why), or nothing.
    void showQuote(const Core::PriceQuote &quote);
    void showQuoting();
    void showNoQuote(const QString &reason);
    void clearPrice();
    void showMessage(const QString &message);

    // The image a 3.0 remix starts from (empty: none).
    void setRemixImage(const QString &path);
    // Fills the form from an image's settings ("Use these settings again"); the family's own parts only when the
    // model is of that family.
    void applySettings(const Core::GenerationOrder &order);

    // What Generate sends now: shared parts for an unknown family are in basics().
    Core::GenerationBasics basics() const;
    std::optional<Core::GenerationOrder> order() const;
    // Why Generate cannot send this now (a sentence), or empty.
    QString problem() const;

    QPlainTextEdit *promptEdit() const { return m_promptEdit; }

Q_SIGNALS:
    void generateRequested();
    void cancelRequested();
    // Something that changes the request (and its price) changed.
    void optionsChanged();
    void chooseRemixImageRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Names, ranges, choices and tooltips of every field (generatepanelfields.cpp).
    void configureFields();
    QWidget *row(const QList<QWidget *> &widgets, bool stretch = true);
    void fillSizes();
    void updateFamilyControls();
    void updateEnabled();
    void refreshPriceLine();
    void requestGenerate();

    bool m_canGenerate = false;
    bool m_busy = false;
    bool m_showingReadinessHint = false;
    Core::CustomModel m_model;
    Core::ModelFamily m_family = Core::ModelFamily::Unknown;
    QString m_folder;
    QString m_remixImage;
    QString m_billedTo;
    QString m_priceText;
    bool m_priceIsFigure = false; // m_priceText is a count and a price, not a sentence
    bool m_sandbox = false;
    QPlainTextEdit *m_promptEdit;
    QLineEdit *m_negativeEdit;
    QComboBox *m_aspectComboBox;
    QComboBox *m_shapeComboBox;
    QComboBox *m_sizeComboBox;
    QSpinBox *m_countSpinBox;
    QComboBox *m_speedComboBox;
    QComboBox *m_magicComboBox;
    QSpinBox *m_seedSpinBox;
    QLabel *m_remixLabel;
    QPushButton *m_remixChooseButton;
    QPushButton *m_remixClearButton;
    QSlider *m_imageWeightSlider;
    QSpinBox *m_imageWeightSpinBox;
    StackEditor *m_stackEditor;
    QLabel *m_familyLabel;
    QPushButton *m_generateButton;
    QPushButton *m_cancelButton;
    QPushButton *m_openFolderButton;
    QLabel *m_priceLabel;
    QLabel *m_messageLabel;
    QFormLayout *m_form = nullptr;
    // Rows shown for one family only.
    QList<QWidget *> m_v4Rows;
    QList<QWidget *> m_v3Rows;
    QWidget *m_imageWeightRow = nullptr;
};

} // namespace Ids::Widgets
