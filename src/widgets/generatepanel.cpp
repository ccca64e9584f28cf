#include "generatepanel.h"

#include <models/gallerymodel.h>
#include <models/roles.h>

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Ids::Widgets {

GeneratePanel::GeneratePanel(Models::GalleryModel *gallery, QWidget *parent)
    : QWidget(parent)
    , m_gallery(gallery)
    , m_promptEdit(new QPlainTextEdit(this))
    , m_negativeEdit(new QLineEdit(this))
    , m_aspectComboBox(new QComboBox(this))
    , m_countSpinBox(new QSpinBox(this))
    , m_speedComboBox(new QComboBox(this))
    , m_seedSpinBox(new QSpinBox(this))
    , m_generateButton(new QPushButton(tr("&Generate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_openFolderButton(new QPushButton(tr("Open Fo&lder"), this))
    , m_messageLabel(new QLabel(this))
    , m_billingLabel(new QLabel(this))
    , m_galleryView(new QListView(this))
{
    setObjectName(QStringLiteral("generatePanel"));
    m_promptEdit->setObjectName(QStringLiteral("promptEdit"));
    m_promptEdit->setPlaceholderText(tr("Describe the image, e.g. “a red sneaker on a white table”"));
    m_promptEdit->setTabChangesFocus(true);
    m_promptEdit->setFixedHeight(m_promptEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_promptEdit->setAccessibleName(tr("Prompt"));
    m_negativeEdit->setObjectName(QStringLiteral("negativePromptEdit"));
    m_negativeEdit->setPlaceholderText(tr("Optional: what to leave out"));
    m_negativeEdit->setAccessibleName(tr("Negative prompt"));
    for (const QString &ratio : Core::GenerationRequest::aspectRatios())
        m_aspectComboBox->addItem(QString(ratio).replace(QLatin1Char('x'), QStringLiteral(" : ")), ratio);
    m_aspectComboBox->setAccessibleName(tr("Aspect ratio"));
    m_countSpinBox->setObjectName(QStringLiteral("imageCountSpinBox"));
    m_countSpinBox->setRange(Core::GenerationRequest::MinImages, Core::GenerationRequest::MaxImages);
    m_countSpinBox->setAccessibleName(tr("Number of images"));
    const QStringList speedNames = {tr("Flash"), tr("Turbo"), tr("Balanced"), tr("Default"), tr("Quality")};
    const QStringList speeds = Core::GenerationRequest::renderingSpeeds();
    for (qsizetype i = 0; i < speeds.size(); ++i)
        m_speedComboBox->addItem(speedNames.value(i, speeds.at(i)), speeds.at(i));
    m_speedComboBox->setCurrentIndex(int(speeds.indexOf(QStringLiteral("DEFAULT"))));
    m_speedComboBox->setAccessibleName(tr("Rendering speed"));
    m_seedSpinBox->setObjectName(QStringLiteral("seedSpinBox"));
    m_seedSpinBox->setRange(-1, int(Core::GenerationRequest::MaxSeed));
    m_seedSpinBox->setSpecialValueText(tr("Random"));
    m_seedSpinBox->setValue(-1);
    m_seedSpinBox->setAccessibleName(tr("Seed"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelGenerateButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for these images. Ideogram may still bill what it already made."));
    m_cancelButton->setVisible(false);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show this model's images in the file manager"));
    m_messageLabel->setObjectName(QStringLiteral("generateMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_billingLabel->setObjectName(QStringLiteral("generateBillingLabel"));
    m_billingLabel->setTextFormat(Qt::PlainText); // the account's name is the user's
    m_billingLabel->setWordWrap(true);
    m_billingLabel->setForegroundRole(QPalette::PlaceholderText);

    m_galleryView->setObjectName(QStringLiteral("galleryView"));
    m_galleryView->setModel(m_gallery);
    m_galleryView->setViewMode(QListView::IconMode);
    m_galleryView->setIconSize(QSize(96, 96));
    m_galleryView->setGridSize(QSize(112, 140));
    m_galleryView->setResizeMode(QListView::Adjust);
    m_galleryView->setMovement(QListView::Static);
    m_galleryView->setWordWrap(true);
    m_galleryView->setAccessibleName(tr("Images made with this model"));

    auto *form = new QFormLayout;
    form->addRow(tr("P&rompt:"), m_promptEdit);
    form->addRow(tr("Leave o&ut:"), m_negativeEdit);
    auto *row = new QHBoxLayout;
    auto *aspectLabel = new QLabel(tr("&Aspect:"), this);
    aspectLabel->setBuddy(m_aspectComboBox);
    auto *countLabel = new QLabel(tr("&Images:"), this);
    countLabel->setBuddy(m_countSpinBox);
    auto *speedLabel = new QLabel(tr("S&peed:"), this);
    speedLabel->setBuddy(m_speedComboBox);
    row->addWidget(aspectLabel);
    row->addWidget(m_aspectComboBox);
    row->addWidget(countLabel);
    row->addWidget(m_countSpinBox);
    row->addWidget(speedLabel);
    row->addWidget(m_speedComboBox);
    row->addStretch(1);
    form->addRow(row);
    form->addRow(tr("&Seed:"), m_seedSpinBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_generateButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openFolderButton);

    auto *box = new QGroupBox(tr("Generate with this model"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_billingLabel);
    boxLayout->addWidget(m_messageLabel);
    boxLayout->addWidget(m_galleryView, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_generateButton, &QPushButton::clicked, this, [this] {
        if (m_generateButton->isEnabled())
            Q_EMIT generateRequested(request());
    });
    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, &GeneratePanel::updateEnabled);
    connect(m_cancelButton, &QPushButton::clicked, this, &GeneratePanel::cancelRequested);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    setModel(nullptr);
}

void GeneratePanel::setModel(const Core::CustomModel *model)
{
    const QString modelId = model ? model->id : QString();
    const bool otherModel = modelId != m_modelId;
    m_modelId = modelId;
    m_canGenerate = model && model->canGenerate();
    if (!m_busy) {
        // A result belongs to the model it was made with; the readiness hint to the model shown.
        if (!m_canGenerate && model)
            showMessage(model->status == QLatin1String("COMPLETED")
                            ? tr("Ideogram has not made this model available for generation yet.")
                            : tr("This model can make images once its training is completed."));
        else if (otherModel || !model || m_showingReadinessHint)
            showMessage(QString());
        m_showingReadinessHint = model && !m_canGenerate;
    }
    updateEnabled();
}

void GeneratePanel::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    m_openFolderButton->setEnabled(!folder.isEmpty());
    m_gallery->setFolder(folder);
}

void GeneratePanel::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (!message.isEmpty() || busy)
        showMessage(message);
    updateEnabled();
}

void GeneratePanel::setBilledTo(const QString &billedTo)
{
    // Ideogram bills each image, also one its safety check withholds (api-contract.md §5.1, §7); it gives no
    // price for custom models before the request, so the panel says who pays and where the price is.
    m_billingLabel->setText(billedTo.isEmpty() ? QString()
                                               : tr("Each image is billed to %1. Prices are in your Ideogram "
                                                    "dashboard.")
                                                     .arg(billedTo));
    m_billingLabel->setVisible(!billedTo.isEmpty());
}

void GeneratePanel::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

Core::GenerationRequest GeneratePanel::request() const
{
    Core::GenerationRequest request;
    request.prompt = m_promptEdit->toPlainText().trimmed();
    request.negativePrompt = m_negativeEdit->text().trimmed();
    request.aspectRatio = m_aspectComboBox->currentData().toString();
    request.numImages = m_countSpinBox->value();
    request.renderingSpeed = m_speedComboBox->currentData().toString();
    if (m_seedSpinBox->value() >= 0)
        request.seed = m_seedSpinBox->value();
    return request;
}

void GeneratePanel::updateEnabled()
{
    for (QWidget *input : std::initializer_list<QWidget *> {m_promptEdit, m_negativeEdit, m_aspectComboBox,
                                                            m_countSpinBox, m_speedComboBox, m_seedSpinBox})
        input->setEnabled(m_canGenerate && !m_busy);
    m_generateButton->setEnabled(m_canGenerate && !m_busy && !m_promptEdit->toPlainText().trimmed().isEmpty());
    m_cancelButton->setVisible(m_busy);
    m_openFolderButton->setEnabled(!m_folder.isEmpty());
}

} // namespace Ids::Widgets
