#include "stackeditor.h"

#include "tone.h"

#include <core/validation/stackrules.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Ids::Widgets {

namespace {

// The slider covers 0–3 in hundredths; the number box goes further for those who type.
constexpr int SliderScale = 100;
constexpr double MaxWeight = 10.0;

} // namespace

StackEditor::StackEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_addCombo(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("stackEditor"));
    m_addCombo->setObjectName(QStringLiteral("addStackedModelComboBox"));
    m_addCombo->setAccessibleName(tr("Add a model to the stack"));
    m_addCombo->setToolTip(tr("Blend up to four more finished Ideogram 4.0 models under this one"));
    m_reasonLabel->setObjectName(QStringLiteral("stackReasonLabel"));
    m_reasonLabel->setTextFormat(Qt::PlainText); // model names are the user's
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setVisible(false);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_addCombo);
    layout->addWidget(m_reasonLabel);

    connect(m_addCombo, &QComboBox::activated, this, [this](int index) {
        const QString modelId = m_addCombo->itemData(index).toString();
        m_addCombo->setCurrentIndex(0);
        if (!modelId.isEmpty())
            add(modelId);
    });
    refreshAddList();
}

const StackCandidate *StackEditor::candidate(const QString &modelId) const
{
    for (const StackCandidate &entry : m_candidates) {
        if (entry.model.id == modelId)
            return &entry;
    }
    return nullptr;
}

void StackEditor::setMain(const Core::CustomModel *main)
{
    const QString before = m_main.id;
    m_main = main ? *main : Core::CustomModel();
    if (m_main.id != before) {
        m_rows.clear();
        showReason({});
        rebuild();
    }
    refreshAddList();
}

void StackEditor::setCandidates(const QList<StackCandidate> &candidates)
{
    m_candidates = candidates;
    refreshAddList();
}

void StackEditor::refreshAddList()
{
    const QSignalBlocker blocker(m_addCombo);
    m_addCombo->clear();
    m_addCombo->addItem(tr("Add a model to the stack…"), QString());
    for (const StackCandidate &entry : std::as_const(m_candidates)) {
        if (entry.model.id == m_main.id)
            continue;
        // Every model is listed: one that cannot be stacked says why when it is chosen.
        m_addCombo->addItem(entry.model.name, entry.model.id);
    }
    m_addCombo->setEnabled(m_addCombo->count() > 1);
}

QString StackEditor::add(const QString &modelId, double weight)
{
    const StackCandidate *found = candidate(modelId);
    if (!found) {
        showReason(tr("That model is not one of this account's."));
        return m_reasonLabel->text();
    }
    const QString refusal = Core::StackRules::refusal(m_main, found->model, found->family, stack());
    if (!refusal.isEmpty()) {
        showReason(refusal);
        return refusal;
    }
    Row row;
    row.entry = {found->model.customModelUri, weight, found->model.id, found->model.name};
    m_rows.append(row);
    showReason({});
    rebuild();
    Q_EMIT changed();
    return {};
}

void StackEditor::clear()
{
    if (m_rows.isEmpty())
        return;
    m_rows.clear();
    showReason({});
    rebuild();
    Q_EMIT changed();
}

void StackEditor::setStack(const QList<Core::StackedModel> &stack)
{
    m_rows.clear();
    rebuild();
    QStringList refusals;
    for (const Core::StackedModel &entry : stack) {
        const QString refusal = add(entry.modelId, entry.weight);
        if (!refusal.isEmpty())
            refusals << refusal;
    }
    showReason(refusals.join(QLatin1Char(' ')));
    Q_EMIT changed();
}

QList<Core::StackedModel> StackEditor::stack() const
{
    QList<Core::StackedModel> entries;
    for (const Row &row : m_rows)
        entries.append(row.entry);
    return entries;
}

QString StackEditor::problem() const
{
    for (const Row &row : m_rows) {
        if (const QString problem = Core::StackRules::weightProblem(row.entry.weight); !problem.isEmpty())
            return tr("“%1”: %2").arg(row.entry.modelName, problem);
    }
    return {};
}

QDoubleSpinBox *StackEditor::weightSpinBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).spin : nullptr;
}

void StackEditor::moveUp(int row)
{
    if (row <= 0 || row >= m_rows.size())
        return;
    m_rows.swapItemsAt(row, row - 1);
    rebuild();
    Q_EMIT changed();
}

void StackEditor::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    showReason({});
    rebuild();
    Q_EMIT changed();
}

void StackEditor::showReason(const QString &reason)
{
    m_reasonLabel->setText(reason);
    m_reasonLabel->setVisible(!reason.isEmpty());
    if (!reason.isEmpty())
        applyErrorText(m_reasonLabel);
}

void StackEditor::rebuild()
{
    // The old rows go later: this may run inside a click of one of their buttons.
    for (QWidget *old :
         findChildren<QWidget *>(QRegularExpression(QStringLiteral("^stackRow\\d+$")), Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->setObjectName(QString());
        old->setParent(nullptr);
        old->deleteLater();
    }
    // Rows are few (at most four): made again on every change, with the weights they hold.
    for (int index = 0; index < m_rows.size(); ++index) {
        Row &row = m_rows[index];
        row.widget = new QWidget(this);
        row.widget->setObjectName(QStringLiteral("stackRow%1").arg(index));
        auto *layout = new QHBoxLayout(row.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        row.name = new QLabel(row.entry.modelName, row.widget);
        row.name->setTextFormat(Qt::PlainText);
        row.name->setMinimumWidth(80);
        row.name->setWordWrap(true); // a long name takes two lines rather than being cut (a narrow form, Japanese)
        row.slider = new QSlider(Qt::Horizontal, row.widget);
        row.slider->setRange(0, 3 * SliderScale);
        row.slider->setValue(int(std::lround(std::min(row.entry.weight, 3.0) * SliderScale)));
        row.slider->setAccessibleName(tr("Weight of %1").arg(row.entry.modelName));
        row.spin = new QDoubleSpinBox(row.widget);
        row.spin->setObjectName(QStringLiteral("stackWeightSpinBox"));
        row.spin->setRange(0.0, MaxWeight);
        row.spin->setDecimals(2);
        row.spin->setSingleStep(0.05);
        row.spin->setValue(row.entry.weight);
        row.spin->setAccessibleName(tr("Weight of %1").arg(row.entry.modelName));
        row.up = new QToolButton(row.widget);
        row.up->setArrowType(Qt::UpArrow);
        row.up->setToolTip(tr("Blend earlier"));
        row.up->setAccessibleName(tr("Move %1 up").arg(row.entry.modelName));
        row.up->setEnabled(index > 0);
        row.down = new QToolButton(row.widget);
        row.down->setArrowType(Qt::DownArrow);
        row.down->setToolTip(tr("Blend later"));
        row.down->setAccessibleName(tr("Move %1 down").arg(row.entry.modelName));
        row.down->setEnabled(index < m_rows.size() - 1);
        row.remove = new QToolButton(row.widget);
        row.remove->setText(QStringLiteral("✕"));
        row.remove->setToolTip(tr("Remove from the stack"));
        row.remove->setAccessibleName(tr("Remove %1 from the stack").arg(row.entry.modelName));
        layout->addWidget(row.name, 1);
        layout->addWidget(row.slider, 1);
        layout->addWidget(row.spin);
        layout->addWidget(row.up);
        layout->addWidget(row.down);
        layout->addWidget(row.remove);
        m_rowsLayout->addWidget(row.widget);

        const QString id = row.entry.modelId;
        const auto rowIndex = [this, id] {
            for (int i = 0; i < m_rows.size(); ++i) {
                if (m_rows.at(i).entry.modelId == id)
                    return i;
            }
            return -1;
        };
        connect(row.slider, &QSlider::valueChanged, this, [this, rowIndex](int value) {
            const int at = rowIndex();
            if (at >= 0)
                m_rows[at].spin->setValue(double(value) / SliderScale);
        });
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, rowIndex](double value) {
            const int at = rowIndex();
            if (at < 0)
                return;
            m_rows[at].entry.weight = value;
            const QSignalBlocker blocker(m_rows[at].slider);
            m_rows[at].slider->setValue(int(std::lround(std::min(value, 3.0) * SliderScale)));
            showReason(problem());
            Q_EMIT changed();
        });
        connect(row.up, &QToolButton::clicked, this, [this, rowIndex] { moveUp(rowIndex()); });
        connect(row.down, &QToolButton::clicked, this, [this, rowIndex] { moveUp(rowIndex() + 1); });
        connect(row.remove, &QToolButton::clicked, this, [this, rowIndex] { remove(rowIndex()); });
    }
}

} // namespace Ids::Widgets
