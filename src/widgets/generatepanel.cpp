#include "generatepanel.h"

#include <core/types/resolutions.h>

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

namespace Ids::Widgets {

using Core::Resolutions::Shape;

GeneratePanel::GeneratePanel(QWidget *parent)
    : QWidget(parent)
    , m_promptEdit(new QPlainTextEdit(this))
    , m_negativeEdit(new QLineEdit(this))
    , m_aspectComboBox(new QComboBox(this))
    , m_shapeComboBox(new QComboBox(this))
    , m_sizeComboBox(new QComboBox(this))
    , m_countSpinBox(new QSpinBox(this))
    , m_speedComboBox(new QComboBox(this))
    , m_magicComboBox(new QComboBox(this))
    , m_seedSpinBox(new QSpinBox(this))
    , m_remixLabel(new QLabel(this))
    , m_remixChooseButton(new QPushButton(tr("&Choose Image…"), this))
    , m_remixClearButton(new QPushButton(tr("No Image"), this))
    , m_imageWeightSlider(new QSlider(Qt::Horizontal, this))
    , m_imageWeightSpinBox(new QSpinBox(this))
    , m_stackEditor(new StackEditor(this))
    , m_familyLabel(new QLabel(this))
    , m_generateButton(new QPushButton(tr("&Generate"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_openFolderButton(new QPushButton(tr("Open Fo&lder"), this))
    , m_priceLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    configureFields();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(label, field);
        return field;
    };
    addRow(tr("P&rompt:"), m_promptEdit);
    // Generate right under the prompt, above every option of a family: when a training finishes and the family's
    // rows appear, or a price or message comes, nothing moves Generate away from the pointer.
    auto *actions = new QWidget(this);
    auto *buttons = new QHBoxLayout(actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_generateButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_openFolderButton);
    form->addRow(QString(), actions);
    form->addRow(QString(), m_priceLabel);
    form->addRow(QString(), m_messageLabel);
    m_v3Rows << addRow(tr("Leave o&ut:"), m_negativeEdit);
    m_v3Rows << addRow(tr("&Aspect:"), m_aspectComboBox);
    QWidget *sizeRow = row({m_shapeComboBox, m_sizeComboBox}, false);
    sizeRow->setFocusProxy(m_shapeComboBox);
    m_v4Rows << addRow(tr("Si&ze:"), sizeRow);
    auto *speedLabel = new QLabel(tr("S&peed:"), this);
    speedLabel->setBuddy(m_speedComboBox);
    QWidget *countRow = row({m_countSpinBox, speedLabel, m_speedComboBox}, false);
    countRow->setFocusProxy(m_countSpinBox);
    addRow(tr("&Images:"), countRow);
    auto *seedLabel = new QLabel(tr("&Seed:"), this);
    seedLabel->setBuddy(m_seedSpinBox);
    QWidget *magicRow = row({m_magicComboBox, seedLabel, m_seedSpinBox}, false);
    magicRow->setFocusProxy(m_magicComboBox);
    addRow(tr("Impr&ove prompt:"), magicRow);
    QWidget *remixRow = row({m_remixLabel, m_remixChooseButton, m_remixClearButton}, false);
    remixRow->setFocusProxy(m_remixChooseButton);
    m_v3Rows << addRow(tr("Remi&x image:"), remixRow);
    m_imageWeightRow = row({m_imageWeightSlider, m_imageWeightSpinBox}, false);
    m_imageWeightRow->setFocusProxy(m_imageWeightSlider);
    addRow(tr("Image weight:"), m_imageWeightRow);
    m_stackEditor->setFocusProxy(m_stackEditor->addComboBox());
    m_v4Rows << addRow(tr("Stac&k:"), m_stackEditor);
    form->addRow(m_familyLabel);
    m_form = form;

    auto *box = new QGroupBox(tr("Generate with this model"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(form);
    boxLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);

    connect(m_generateButton, &QPushButton::clicked, this, &GeneratePanel::requestGenerate);
    // Ctrl+Enter (and the keypad's Enter) in the prompt, where the user is typing: read from the prompt's own keys
    // (eventFilter), so no window-wide shortcut can take it first.
    m_promptEdit->installEventFilter(this);
    connect(m_cancelButton, &QPushButton::clicked, this, &GeneratePanel::cancelRequested);
    connect(m_openFolderButton, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    connect(m_remixChooseButton, &QPushButton::clicked, this, &GeneratePanel::chooseRemixImageRequested);
    connect(m_remixClearButton, &QPushButton::clicked, this, [this] { setRemixImage({}); });
    connect(m_shapeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillSizes();
        Q_EMIT optionsChanged();
    });
    connect(m_imageWeightSlider, &QSlider::valueChanged, m_imageWeightSpinBox, &QSpinBox::setValue);
    connect(m_imageWeightSpinBox, &QSpinBox::valueChanged, m_imageWeightSlider, &QSlider::setValue);
    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateEnabled();
        Q_EMIT optionsChanged();
    });
    connect(m_stackEditor, &StackEditor::changed, this, [this] {
        updateEnabled();
        Q_EMIT optionsChanged();
    });
    for (QComboBox *combo : {m_aspectComboBox, m_sizeComboBox, m_speedComboBox, m_magicComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &GeneratePanel::optionsChanged);
    for (QSpinBox *spin : {m_countSpinBox, m_seedSpinBox, m_imageWeightSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &GeneratePanel::optionsChanged);
    connect(m_negativeEdit, &QLineEdit::textChanged, this, &GeneratePanel::optionsChanged);
    setRemixImage({});
    setModel(nullptr, Core::ModelFamily::Unknown);
}

void GeneratePanel::setModel(const Core::CustomModel *model, Core::ModelFamily family)
{
    const QString modelId = model ? model->id : QString();
    const bool otherModel = modelId != m_model.id;
    const bool familyChanged = family != m_family;
    m_model = model ? *model : Core::CustomModel();
    m_family = family;
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
    if (otherModel) {
        m_stackEditor->setMain(model);
        // A remix image was chosen for the model shown before; it is kept (the user may switch back and forth).
    }
    if (otherModel || familyChanged)
        updateFamilyControls();
    updateEnabled();
    if (otherModel || familyChanged)
        Q_EMIT optionsChanged();
}

void GeneratePanel::setFamilyNote(const QString &note)
{
    m_familyLabel->setText(note);
    m_familyLabel->setVisible(!note.isEmpty() && m_family == Core::ModelFamily::Unknown && !m_model.id.isEmpty());
}

void GeneratePanel::updateFamilyControls()
{
    // Only the chosen family's controls; an unknown family gets what both share (api-contract.md §9.3).
    for (QWidget *field : std::as_const(m_v4Rows))
        m_form->setRowVisible(field, m_family == Core::ModelFamily::V4);
    for (QWidget *field : std::as_const(m_v3Rows))
        m_form->setRowVisible(field, m_family == Core::ModelFamily::V3);
    m_form->setRowVisible(m_imageWeightRow, m_family == Core::ModelFamily::V3 && !m_remixImage.isEmpty());
    m_familyLabel->setVisible(m_family == Core::ModelFamily::Unknown && !m_model.id.isEmpty()
                              && !m_familyLabel->text().isEmpty());
}

void GeneratePanel::setStackCandidates(const QList<StackCandidate> &candidates)
{
    m_stackEditor->setCandidates(candidates);
}

void GeneratePanel::setFolder(const QString &folder)
{
    m_folder = folder;
    m_openFolderButton->setEnabled(!folder.isEmpty());
}

void GeneratePanel::setBusy(bool busy, const QString &message)
{
    // Generate goes grey while images are made; if it had the focus, the focus goes back to the prompt (not to the
    // next button in line), so the next prompt can be typed at once.
    if (busy && m_generateButton->hasFocus())
        m_promptEdit->setFocus(Qt::OtherFocusReason);
    m_busy = busy;
    if (!message.isEmpty() || busy)
        showMessage(message);
    updateEnabled();
}

void GeneratePanel::setBilledTo(const QString &billedTo, bool sandbox)
{
    m_billedTo = billedTo;
    m_sandbox = sandbox;
    refreshPriceLine();
}

void GeneratePanel::showQuote(const Core::PriceQuote &quote)
{
    // The request's own count: a quote states the units it priced, which need not be images.
    const int images = m_countSpinBox->value();
    const QString what = tr("%n image(s)", "", images);
    QString price;
    if (quote.upperBoundUsdMicros && *quote.upperBoundUsdMicros > quote.usdMicros)
        price = tr("up to %1").arg(Core::PriceQuote::formatUsd(*quote.upperBoundUsdMicros));
    else if (quote.qualifier == Core::PriceQuote::Qualifier::Exact)
        price = Core::PriceQuote::formatUsd(quote.usdMicros);
    else // an estimate, or a word this app does not know yet: never shown as the exact price
        price = tr("about %1").arg(Core::PriceQuote::formatUsd(quote.usdMicros));
    m_priceText = tr("%1 · %2").arg(what, price);
    m_priceIsFigure = true;
    refreshPriceLine();
}

void GeneratePanel::showQuoting()
{
    m_priceText = tr("Asking Ideogram for the price…");
    m_priceIsFigure = false;
    refreshPriceLine();
}

void GeneratePanel::showNoQuote(const QString &reason)
{
    m_priceText = reason;
    m_priceIsFigure = false;
    refreshPriceLine();
}

void GeneratePanel::clearPrice()
{
    m_priceText.clear();
    refreshPriceLine();
}

void GeneratePanel::refreshPriceLine()
{
    // Who pays follows the price ("2 images · $0.16 — billed to Studio (key …AB12).") or, after a sentence, is a
    // sentence of its own. The sandbox bills nobody, and says so rather than naming itself as the payer.
    QString billing;
    if (m_sandbox)
        billing = m_priceIsFigure ? tr("nothing is billed in the sandbox.") : tr("Nothing is billed in the sandbox.");
    else if (!m_billedTo.isEmpty())
        billing = m_priceIsFigure ? tr("billed to %1.").arg(m_billedTo) : tr("Billed to %1.").arg(m_billedTo);
    QString text = m_priceText;
    if (text.isEmpty())
        text = billing;
    else if (!billing.isEmpty())
        text = m_priceIsFigure ? tr("%1 — %2").arg(text, billing) : tr("%1 %2").arg(text, billing);
    m_priceLabel->setText(text);
    m_priceLabel->setVisible(!text.isEmpty());
}

void GeneratePanel::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

void GeneratePanel::setRemixImage(const QString &path)
{
    m_remixImage = path;
    m_remixLabel->setText(path.isEmpty() ? tr("None: a new picture") : QFileInfo(path).fileName());
    m_remixLabel->setToolTip(path);
    m_remixClearButton->setEnabled(!path.isEmpty());
    if (m_form)
        m_form->setRowVisible(m_imageWeightRow, m_family == Core::ModelFamily::V3 && !path.isEmpty());
    Q_EMIT optionsChanged();
}

void GeneratePanel::applySettings(const Core::GenerationOrder &order)
{
    const Core::GenerationBasics &basics = Core::Generation::basicsOf(order);
    m_promptEdit->setPlainText(basics.prompt);
    m_countSpinBox->setValue(basics.numImages);
    m_speedComboBox->setCurrentIndex(std::max(0, m_speedComboBox->findData(basics.renderingSpeed)));
    if (const int magic = m_magicComboBox->findData(basics.magicPrompt); magic >= 0)
        m_magicComboBox->setCurrentIndex(magic);
    m_seedSpinBox->setValue(basics.seed ? int(*basics.seed) : -1);
    if (const auto *v4 = std::get_if<Core::Generation4Request>(&order); v4 && m_family == Core::ModelFamily::V4) {
        const QSize size = Core::Resolutions::parse(v4->resolution);
        m_shapeComboBox->setCurrentIndex(
            size.isValid() ? std::max(0, m_shapeComboBox->findData(int(Core::Resolutions::shapeOf(size)))) : 0);
        if (const int at = m_sizeComboBox->findData(v4->resolution); at >= 0)
            m_sizeComboBox->setCurrentIndex(at);
        m_stackEditor->setStack(v4->stack);
    }
    if (const auto *v3 = std::get_if<Core::Generation3Request>(&order); v3 && m_family == Core::ModelFamily::V3) {
        m_negativeEdit->setText(v3->negativePrompt);
        m_aspectComboBox->setCurrentIndex(std::max(0, m_aspectComboBox->findData(v3->aspectRatio)));
        setRemixImage(v3->remix ? v3->remix->path : QString());
        if (v3->remix)
            m_imageWeightSpinBox->setValue(v3->remix->weight);
    }
    m_promptEdit->setFocus(Qt::OtherFocusReason);
}

Core::GenerationBasics GeneratePanel::basics() const
{
    Core::GenerationBasics basics;
    basics.customModelUri = m_model.customModelUri;
    basics.prompt = m_promptEdit->toPlainText().trimmed();
    basics.numImages = m_countSpinBox->value();
    basics.renderingSpeed = m_speedComboBox->currentData().toString();
    basics.magicPrompt = m_magicComboBox->currentData().toString();
    if (m_seedSpinBox->value() >= 0)
        basics.seed = m_seedSpinBox->value();
    return basics;
}

std::optional<Core::GenerationOrder> GeneratePanel::order() const
{
    if (m_family == Core::ModelFamily::V4) {
        Core::Generation4Request request;
        request.basics = basics();
        request.resolution = m_sizeComboBox->currentData().toString();
        request.stack = m_stackEditor->stack();
        return request;
    }
    if (m_family == Core::ModelFamily::V3) {
        Core::Generation3Request request;
        request.basics = basics();
        request.negativePrompt = m_negativeEdit->text().trimmed();
        request.aspectRatio = m_aspectComboBox->currentData().toString();
        if (!m_remixImage.isEmpty())
            request.remix = Core::RemixImage {m_remixImage, m_imageWeightSpinBox->value()};
        return request;
    }
    return std::nullopt;
}

QString GeneratePanel::problem() const
{
    if (m_family == Core::ModelFamily::V4) {
        if (const QString stack = m_stackEditor->problem(); !stack.isEmpty())
            return stack;
    }
    const std::optional<Core::GenerationOrder> current = order();
    return current ? Core::Generation::problemOf(*current) : basics().problem();
}

bool GeneratePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_promptEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            requestGenerate();
            return true; // no new line in the prompt
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GeneratePanel::requestGenerate()
{
    if (m_generateButton->isEnabled())
        Q_EMIT generateRequested();
}

void GeneratePanel::updateEnabled()
{
    // The form stays open while images are made: the next prompt can be written meanwhile.
    for (QWidget *input : std::initializer_list<QWidget *> {m_promptEdit, m_negativeEdit, m_aspectComboBox,
                                                            m_shapeComboBox, m_countSpinBox, m_speedComboBox,
                                                            m_magicComboBox, m_seedSpinBox, m_remixChooseButton,
                                                            m_imageWeightSlider, m_imageWeightSpinBox, m_stackEditor})
        input->setEnabled(m_canGenerate);
    m_sizeComboBox->setEnabled(m_canGenerate && m_shapeComboBox->currentData().toInt() >= 0);
    m_generateButton->setEnabled(m_canGenerate && !m_busy && !m_promptEdit->toPlainText().trimmed().isEmpty()
                                 && m_stackEditor->problem().isEmpty());
    m_cancelButton->setVisible(m_busy);
    m_openFolderButton->setEnabled(!m_folder.isEmpty());
}

} // namespace Ids::Widgets
