#include "traindialog.h"

#include "tone.h"

#include <core/validation/modelname.h>
#include <core/validation/trainknobs.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

using Core::TrainKnobRules;

namespace {

// A hint in the quiet colour, or a refusal in the error colour, under its field.
void showReason(QLabel *label, const QString &hint, const QString &refusal)
{
    label->setText(refusal.isEmpty() ? hint : refusal);
    if (refusal.isEmpty()) {
        label->setPalette(QPalette());
        label->setForegroundRole(QPalette::PlaceholderText);
    } else {
        applyErrorText(label);
    }
}

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

TrainDialog::TrainDialog(const QString &datasetName, qint64 imageCount, const QString &billedTo, QWidget *parent)
    : QDialog(parent)
    , m_nameLineEdit(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_familyGroup(new QButtonGroup(this))
    , m_v4Radio(new QRadioButton(tr("Ideogram &4.0"), this))
    , m_v3Radio(new QRadioButton(tr("Ideogram &3.0"), this))
    , m_advancedButton(new QToolButton(this))
    , m_confirmCheckBox(new QCheckBox(tr("I understand that this training is &billed to %1.").arg(billedTo), this))
    , m_trainButton(nullptr)
{
    setObjectName(QStringLiteral("trainDialog"));
    setWindowTitle(tr("Train a Model"));

    auto *intro = new QLabel(
        tr("Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it "
           "and tells you when it is done.",
           "", int(imageCount))
            .arg(datasetName),
        this);
    intro->setTextFormat(Qt::PlainText); // the dataset name may hold anything
    intro->setWordWrap(true);

    m_nameLineEdit->setObjectName(QStringLiteral("modelNameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("e.g. acme shoes"));
    m_nameLineEdit->setMaxLength(200); // checked properly below; this only stops pasted novels
    m_nameLineEdit->setAccessibleName(tr("Model name"));
    m_reasonLabel->setObjectName(QStringLiteral("modelNameReasonLabel"));
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setText(tr("5–30 characters: letters, digits, spaces and hyphens."));

    // The base model: one sentence each on what it is (api-contract.md §9).
    m_v4Radio->setObjectName(QStringLiteral("family4RadioButton"));
    m_v3Radio->setObjectName(QStringLiteral("family3RadioButton"));
    m_familyGroup->addButton(m_v4Radio, int(Core::ModelFamily::V4));
    m_familyGroup->addButton(m_v3Radio, int(Core::ModelFamily::V3));
    m_v4Radio->setChecked(true);
    auto *v4Text = smallLabel(this);
    v4Text->setText(tr("Ideogram's newest model: the most faithful to your images and prompts, with larger output "
                       "sizes. Models trained on it can be stacked together."));
    auto *v3Text = smallLabel(this);
    v3Text->setText(tr("The earlier model: offers aspect ratios, a list of what to leave out, and remixing an "
                       "existing image."));
    for (QLabel *text : {v4Text, v3Text}) {
        text->setForegroundRole(QPalette::PlaceholderText);
        text->setContentsMargins(24, 0, 0, 4);
    }
    auto *familyBox = new QWidget(this);
    familyBox->setObjectName(QStringLiteral("familyBox"));
    auto *familyLayout = new QVBoxLayout(familyBox);
    familyLayout->setContentsMargins(0, 0, 0, 0);
    familyLayout->setSpacing(2);
    familyLayout->addWidget(m_v4Radio);
    familyLayout->addWidget(v4Text);
    familyLayout->addWidget(m_v3Radio);
    familyLayout->addWidget(v3Text);

    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("&Advanced settings"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setChecked(false);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advanced = buildAdvanced();
    m_advanced->setVisible(false);

    // Training has no price quote (api-contract.md §9.1): who pays, and where the price is, said plainly.
    auto *billing = new QLabel(tr("Ideogram bills this training to %1. Ideogram does not tell apps the price of a "
                                  "training beforehand: it is shown in your Ideogram dashboard. The app sends the "
                                  "request once; if the answer is lost, it asks Ideogram what happened instead of "
                                  "sending it again.")
                                   .arg(billedTo),
                               this);
    m_billingLabel = billing;
    billing->setTextFormat(Qt::PlainText); // the account's name is the user's and may hold anything
    billing->setWordWrap(true);
    billing->setObjectName(QStringLiteral("billingLabel"));
    m_confirmCheckBox->setObjectName(QStringLiteral("confirmBillingCheckBox"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trainButton = buttons->addButton(tr("&Train"), QDialogButtonBox::AcceptRole);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trainButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Model &name:"), this);
    nameLabel->setBuddy(m_nameLineEdit);
    form->addRow(nameLabel, m_nameLineEdit);
    form->addRow(QString(), m_reasonLabel);
    auto *familyLabel = new QLabel(tr("Base model:"), this);
    form->addRow(familyLabel, familyBox);

    // What the dialog asks scrolls when it is taller than the screen (Advanced open on a small laptop screen);
    // who pays, the confirmation and the buttons always stay in view.
    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(intro);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_advanced);
    bodyLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("trainScrollArea"));
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus; the area scrolls to the focused one

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addSpacing(8);
    layout->addWidget(billing);
    layout->addWidget(m_confirmCheckBox);
    layout->addWidget(buttons);
    // Never smaller than its content: opening Advanced or a longer reason grows the dialog, nothing is clipped.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &TrainDialog::updateState);
    connect(m_familyGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onFamilyChanged();
    });
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advanced->setVisible(open);
        fitToContent();
    });
    onFamilyChanged();
    resize(520, sizeHint().height());
    fitToContent();
}

QWidget *TrainDialog::buildAdvanced()
{
    auto *section = new QWidget(this);
    section->setObjectName(QStringLiteral("advancedSection"));
    auto *form = new QFormLayout(section);
    form->setContentsMargins(24, 0, 0, 0);
    auto *note = smallLabel(section);
    note->setText(tr("Leave these empty to let Ideogram choose. A value equal to Ideogram's default is not sent."));
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);

    m_stepsEdit = new QLineEdit(section);
    m_stepsEdit->setObjectName(QStringLiteral("trainingStepsLineEdit"));
    m_stepsEdit->setPlaceholderText(tr("%1 (default)").arg(TrainKnobRules::DefaultTrainingSteps));
    m_knobs << addKnob(form, tr("Training &steps:"), m_stepsEdit,
                       tr("100 to 10,000, in steps of 100. More steps learn more closely and take longer."), false);

    m_rankCombo = new QComboBox(section);
    m_rankCombo->setObjectName(QStringLiteral("loraRankComboBox"));
    m_rankCombo->addItem(tr("128 (default)"), 128);
    m_rankCombo->addItem(tr("64"), 64);
    m_knobs << addKnob(form, tr("LoRA &rank:"), m_rankCombo,
                       tr("128 holds more detail; 64 trains faster and gives a smaller model."), false);

    m_emaEdit = new QLineEdit(section);
    m_emaEdit->setObjectName(QStringLiteral("emaLineEdit"));
    m_emaEdit->setPlaceholderText(tr("e.g. 0.999"));
    m_knobs << addKnob(form, tr("&EMA:"), m_emaEdit,
                       tr("Above 0 and below 1, typically 0.99 to 0.9999: higher is smoother but slower to learn."),
                       false);

    m_rateEdit = new QLineEdit(section);
    m_rateEdit->setObjectName(QStringLiteral("learningRateLineEdit"));
    m_rateEdit->setPlaceholderText(tr("e.g. 0.0001"));
    m_knobs << addKnob(form, tr("&Learning rate:"), m_rateEdit,
                       tr("Above 0, typically 0.00001 to 0.0001: higher learns faster but can become unstable."),
                       false);

    m_batchCombo = new QComboBox(section);
    m_batchCombo->setObjectName(QStringLiteral("batchSizeComboBox"));
    m_batchCombo->addItem(tr("Let Ideogram choose"), 0);
    for (const int size : TrainKnobRules::batchSizes())
        m_batchCombo->addItem(QString::number(size), size);
    m_knobs << addKnob(form, tr("Batch si&ze:"), m_batchCombo,
                       tr("How many images each training step looks at (Ideogram 4.0 only)."), true);

    m_variantCombo = new QComboBox(section);
    m_variantCombo->setObjectName(QStringLiteral("baseVariantComboBox"));
    m_variantCombo->addItem(tr("Guidance-distilled (default)"), QStringLiteral("distilled_gd"));
    m_variantCombo->addItem(tr("Non-distilled fused"), QStringLiteral("oldbase_farzad_fused"));
    m_knobs << addKnob(form, tr("Base &variant:"), m_variantCombo,
                       tr("Which version of the 4.0 model to start from (Ideogram 4.0 only)."), true);

    for (QLineEdit *edit : {m_stepsEdit, m_emaEdit, m_rateEdit})
        connect(edit, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    for (QComboBox *combo : {m_rankCombo, m_batchCombo, m_variantCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    return section;
}

TrainDialog::Knob TrainDialog::addKnob(QFormLayout *form, const QString &label, QWidget *field, const QString &hint,
                                       bool v4Only)
{
    Knob knob;
    knob.field = field;
    knob.v4Only = v4Only;
    knob.label = new QLabel(label, field->parentWidget());
    knob.label->setBuddy(field);
    knob.reason = smallLabel(field->parentWidget());
    knob.reason->setObjectName(field->objectName() + QStringLiteral("Reason"));
    knob.reason->setProperty("hint", hint);
    showReason(knob.reason, hint, {});
    field->setAccessibleDescription(hint);
    // The label is not the field's sibling (the field sits in a column with its reason), so screen readers
    // would not find it: the name is given as the label reads, without its Alt letter and colon.
    QString name = label;
    name.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&'));
    field->setAccessibleName(name.remove(QRegularExpression(QStringLiteral("[:：]\\s*$"))).trimmed());
    auto *column = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(knob.reason);
    form->addRow(knob.label, column);
    return knob;
}

Core::ModelFamily TrainDialog::family() const
{
    return m_v3Radio->isChecked() ? Core::ModelFamily::V3 : Core::ModelFamily::V4;
}

void TrainDialog::setFamily(Core::ModelFamily family)
{
    (family == Core::ModelFamily::V3 ? m_v3Radio : m_v4Radio)->setChecked(true);
}

void TrainDialog::onFamilyChanged()
{
    const bool v4 = family() == Core::ModelFamily::V4;
    // Only the chosen family's knobs are shown; the other family's values go (they could not be sent).
    if (!v4) {
        m_batchCombo->setCurrentIndex(0);
        m_variantCombo->setCurrentIndex(0);
    }
    for (const Knob &knob : std::as_const(m_knobs)) {
        const bool shown = v4 || !knob.v4Only;
        knob.label->setVisible(shown);
        knob.field->parentWidget()->setVisible(shown);
    }
    updateState();
    fitToContent();
}

void TrainDialog::setSandbox(bool sandbox)
{
    if (!sandbox)
        return;
    // Not "billed to Sandbox": the practice account bills nobody, and the status bar says so too.
    m_billingLabel->setText(tr("This is the sandbox: the training runs on this computer, takes seconds, and nothing "
                               "is billed. With a real account, Ideogram bills the training to that account and "
                               "shows its price in your Ideogram dashboard."));
    m_confirmCheckBox->setText(tr("I understand that this is practice and nothing is &billed."));
    fitToContent();
}

void TrainDialog::fitToContent()
{
    if (!m_scroll)
        return;
    // The body's height at the width it has (wrapped texts included, which a layout's minimum leaves out), up
    // to what the screen has room for; the rest scrolls.
    m_body->layout()->activate();
    // At the dialog's width (the scroll area's own is not laid out yet while the dialog is being built), less a
    // scroll bar's room.
    const QMargins margins = layout()->contentsMargins();
    const int bodyWidth =
        std::max(width() - margins.left() - margins.right() - m_scroll->verticalScrollBar()->sizeHint().width(),
                 m_body->minimumSizeHint().width());
    const int bodyHeight =
        m_body->hasHeightForWidth() ? m_body->heightForWidth(bodyWidth) : m_body->sizeHint().height();
    const int rest = height() - m_scroll->height();
    const int available = screen() ? screen()->availableGeometry().height() - 48 : 700;
    m_scroll->setMinimumHeight(std::max(0, std::min(bodyHeight, available - rest)));
    m_scroll->setMaximumHeight(bodyHeight); // no blank band under the last field
    // The whole dialog at its width, wrapped texts outside the body (who pays) included.
    layout()->activate();
    const int wanted =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    resize(width(), std::max(minimumSizeHint().height(), std::min(wanted, available)));
}

QString TrainDialog::modelName() const
{
    return Core::ModelName::check(m_nameLineEdit->text()).name;
}

Core::TrainKnobs TrainDialog::knobs() const
{
    Core::TrainKnobs knobs;
    knobs.trainingSteps = TrainKnobRules::parseTrainingSteps(m_stepsEdit->text()).value;
    knobs.loraRank = m_rankCombo->currentData().toInt();
    knobs.ema = TrainKnobRules::parseEma(m_emaEdit->text()).value;
    knobs.learningRate = TrainKnobRules::parseLearningRate(m_rateEdit->text()).value;
    if (family() == Core::ModelFamily::V4) {
        if (const int batch = m_batchCombo->currentData().toInt(); batch > 0)
            knobs.batchSize = batch;
        knobs.baseVariant = m_variantCombo->currentData().toString();
    }
    return knobs.withoutDefaults();
}

Core::TrainRequest TrainDialog::request() const
{
    Core::TrainRequest request;
    request.family = family();
    request.modelName = modelName();
    request.knobs = knobs();
    return request;
}

QString TrainDialog::knobProblems()
{
    const TrainKnobRules::Parsed<int> steps = TrainKnobRules::parseTrainingSteps(m_stepsEdit->text());
    const TrainKnobRules::Parsed<double> ema = TrainKnobRules::parseEma(m_emaEdit->text());
    const TrainKnobRules::Parsed<double> rate = TrainKnobRules::parseLearningRate(m_rateEdit->text());
    const QList<QPair<QLineEdit *, QString>> typed = {
        {m_stepsEdit, steps.reason}, {m_emaEdit, ema.reason}, {m_rateEdit, rate.reason}};
    QString first;
    for (const Knob &knob : std::as_const(m_knobs)) {
        QString refusal;
        for (const auto &[edit, reason] : typed) {
            if (edit == knob.field)
                refusal = reason;
        }
        showReason(knob.reason, knob.reason->property("hint").toString(), refusal);
        if (first.isEmpty())
            first = refusal;
    }
    if (first.isEmpty())
        first = TrainKnobRules::problem(family(), knobs());
    return first;
}

void TrainDialog::updateState()
{
    const Core::ModelName::Check check = Core::ModelName::check(m_nameLineEdit->text());
    if (!m_nameLineEdit->text().isEmpty())
        m_reasonLabel->setText(check.ok() ? tr("This name can be used.") : check.reason);
    const QString knobProblem = knobProblems();
    // A refused setting opens the section it is in, so its reason is never hidden.
    if (!knobProblem.isEmpty() && !m_advancedButton->isChecked())
        m_advancedButton->setChecked(true);
    m_trainButton->setEnabled(check.ok() && knobProblem.isEmpty() && m_confirmCheckBox->isChecked());
}

} // namespace Ids::Widgets
