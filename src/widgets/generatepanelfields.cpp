// The generate panel's fields: names, ranges, choices and the words that explain them (the layout and the
// behaviour are in generatepanel.cpp).
#include "generatepanel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <core/types/resolutions.h>

namespace Ids::Widgets {

using Core::Resolutions::Shape;

void GeneratePanel::configureFields()
{
    setObjectName(QStringLiteral("generatePanel"));
    m_promptEdit->setObjectName(QStringLiteral("promptEdit"));
    m_promptEdit->setPlaceholderText(tr("Describe the image, e.g. “a red sneaker on a white table”. Ctrl+Enter "
                                        "makes it."));
    m_promptEdit->setTabChangesFocus(true);
    m_promptEdit->setFixedHeight(m_promptEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_promptEdit->setAccessibleName(tr("Prompt"));
    m_negativeEdit->setObjectName(QStringLiteral("negativePromptEdit"));
    m_negativeEdit->setPlaceholderText(tr("Optional: what to leave out"));
    m_negativeEdit->setAccessibleName(tr("Negative prompt"));
    m_aspectComboBox->setObjectName(QStringLiteral("aspectComboBox"));
    for (const QString &ratio : Core::Generation3Request::aspectRatios())
        m_aspectComboBox->addItem(QString(ratio).replace(QLatin1Char('x'), QStringLiteral(" : ")), ratio);
    m_aspectComboBox->setAccessibleName(tr("Aspect ratio"));

    // 4.0 sizes: the shape first, then the size (api-contract.md §9.3: a list kept as data, grouped by shape).
    m_shapeComboBox->setObjectName(QStringLiteral("shapeComboBox"));
    m_shapeComboBox->addItem(tr("Automatic (from the prompt)"), -1);
    m_shapeComboBox->addItem(tr("Square"), int(Shape::Square));
    m_shapeComboBox->addItem(tr("Portrait"), int(Shape::Portrait));
    m_shapeComboBox->addItem(tr("Landscape"), int(Shape::Landscape));
    m_shapeComboBox->setAccessibleName(tr("Shape"));
    m_sizeComboBox->setObjectName(QStringLiteral("sizeComboBox"));
    m_sizeComboBox->setAccessibleName(tr("Size in pixels"));
    fillSizes();

    m_countSpinBox->setObjectName(QStringLiteral("imageCountSpinBox"));
    m_countSpinBox->setRange(Core::GenerationBasics::MinImages, Core::GenerationBasics::MaxImages);
    m_countSpinBox->setAccessibleName(tr("Number of images"));
    // Each speed says what it trades (the price line shows what it costs).
    m_speedComboBox->setObjectName(QStringLiteral("speedComboBox"));
    m_speedComboBox->addItem(tr("Turbo — fastest and cheapest, less detail"), QStringLiteral("turbo"));
    m_speedComboBox->addItem(tr("Default — balances speed, detail and price"), QStringLiteral("default"));
    m_speedComboBox->addItem(tr("Quality — slowest and dearest, most detail"), QStringLiteral("quality"));
    m_speedComboBox->addItem(tr("Automatic — Ideogram picks one this model supports"), QString());
    m_speedComboBox->setCurrentIndex(1);
    m_speedComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_speedComboBox->setMinimumContentsLength(14);
    m_speedComboBox->setAccessibleName(tr("Rendering speed"));
    m_magicComboBox->setObjectName(QStringLiteral("magicPromptComboBox"));
    m_magicComboBox->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_magicComboBox->addItem(tr("Yes — Ideogram adds detail to the prompt"), QStringLiteral("on"));
    m_magicComboBox->addItem(tr("No — use the prompt as written"), QStringLiteral("off"));
    m_magicComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_magicComboBox->setMinimumContentsLength(10);
    m_magicComboBox->setAccessibleName(tr("Let Ideogram improve the prompt"));
    m_seedSpinBox->setObjectName(QStringLiteral("seedSpinBox"));
    m_seedSpinBox->setRange(-1, int(Core::GenerationBasics::MaxSeed));
    m_seedSpinBox->setSpecialValueText(tr("Random"));
    m_seedSpinBox->setValue(-1);
    m_seedSpinBox->setAccessibleName(tr("Seed"));
    m_seedSpinBox->setToolTip(tr("The same seed, prompt and settings make the same image again"));

    m_remixLabel->setObjectName(QStringLiteral("remixImageLabel"));
    m_remixLabel->setTextFormat(Qt::PlainText);
    m_remixChooseButton->setObjectName(QStringLiteral("chooseRemixImageButton"));
    m_remixChooseButton->setToolTip(tr("Start from an image on this computer (or use Remix in the gallery)"));
    m_remixClearButton->setObjectName(QStringLiteral("clearRemixImageButton"));
    m_imageWeightSlider->setObjectName(QStringLiteral("imageWeightSlider"));
    m_imageWeightSlider->setRange(Core::RemixImage::MinWeight, Core::RemixImage::MaxWeight);
    m_imageWeightSlider->setValue(Core::RemixImage::DefaultWeight);
    m_imageWeightSlider->setAccessibleName(tr("Image weight"));
    m_imageWeightSpinBox->setRange(Core::RemixImage::MinWeight, Core::RemixImage::MaxWeight);
    m_imageWeightSpinBox->setValue(Core::RemixImage::DefaultWeight);
    m_imageWeightSpinBox->setAccessibleName(tr("Image weight"));
    m_imageWeightSlider->setToolTip(tr("Higher keeps more of the image; lower lets the prompt change more"));

    m_familyLabel->setObjectName(QStringLiteral("familyNoteLabel"));
    m_familyLabel->setTextFormat(Qt::PlainText);
    m_familyLabel->setWordWrap(true);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setToolTip(tr("Make the images (Ctrl+Enter in the prompt)"));
    m_cancelButton->setObjectName(QStringLiteral("cancelGenerateButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for these images. Ideogram may still bill what it already made."));
    m_cancelButton->setVisible(false);
    // Shown and hidden beside Generate without moving anything (no jump under the pointer).
    QSizePolicy keep = m_cancelButton->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_cancelButton->setSizePolicy(keep);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Show this model's images in the file manager"));
    m_priceLabel->setObjectName(QStringLiteral("priceLabel"));
    m_priceLabel->setTextFormat(Qt::PlainText); // the account's name is the user's
    m_priceLabel->setWordWrap(true);
    m_priceLabel->setMinimumHeight(m_priceLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_priceLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_messageLabel->setObjectName(QStringLiteral("generateMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    // Room for two lines, always: a message that comes or goes moves nothing below or above it.
    m_messageLabel->setMinimumHeight(m_messageLabel->fontMetrics().lineSpacing() * 2 + 4);
    m_messageLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QWidget *GeneratePanel::row(const QList<QWidget *> &widgets, bool stretch)
{
    auto *container = new QWidget(this);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, qobject_cast<QLabel *>(widget) ? 0 : 1);
    if (stretch)
        layout->addStretch(1);
    return container;
}

void GeneratePanel::fillSizes()
{
    const QSignalBlocker blocker(m_sizeComboBox);
    const int shape = m_shapeComboBox->currentData().toInt();
    m_sizeComboBox->clear();
    if (shape < 0) {
        m_sizeComboBox->addItem(tr("Chosen from the prompt"), QString());
        m_sizeComboBox->setEnabled(false);
        return;
    }
    for (const QSize &size : Core::Resolutions::v4(Shape(shape)))
        m_sizeComboBox->addItem(tr("%1 × %2").arg(size.width()).arg(size.height()), Core::Resolutions::text(size));
    m_sizeComboBox->setEnabled(true);
}

} // namespace Ids::Widgets
