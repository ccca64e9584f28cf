#pragma once

#include <core/types/custommodel.h>
#include <core/types/generation.h>
#include <core/types/modelfamily.h>

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;
class QVBoxLayout;

namespace Ids::Widgets {

// A model of the account the stack editor may offer, with what the app knows of its family.
struct StackCandidate
{
    Core::CustomModel model;
    Core::ModelFamily family = Core::ModelFamily::Unknown;
};

// The models stacked under a 4.0 model (api-contract.md §9.4): up to four, each with a weight (slider and number,
// above 0, 1 by default), in blending order; reorder with the arrows, remove with ✕. What the rules refuse (a 3.0
// model, an unfinished one, the main model, a fifth entry; StackRules) is not added, and the reason is shown; a
// weight of 0 or less stays visible with its reason and holds Generate back.
class StackEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit StackEditor(QWidget *parent = nullptr);

    void setMain(const Core::CustomModel *main);
    // Every other model of the account, offered in the Add list (refused ones say why when chosen).
    void setCandidates(const QList<StackCandidate> &candidates);
    // Adds this model at the end. Returns the refusal (also shown), or empty when added.
    QString add(const QString &modelId, double weight = Core::StackedModel::DefaultWeight);
    void clear();
    // Replaces the stack (use these settings again): entries the rules refuse are left out, with the reason shown.
    void setStack(const QList<Core::StackedModel> &stack);
    QList<Core::StackedModel> stack() const;
    // The first weight that cannot be sent, or empty.
    QString problem() const;

    QComboBox *addComboBox() const { return m_addCombo; }
    int count() const { return int(m_rows.size()); }
    QDoubleSpinBox *weightSpinBox(int row) const;
    void moveUp(int row);
    void remove(int row);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        Core::StackedModel entry;
        QWidget *widget = nullptr;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };
    void rebuild();
    void refreshAddList();
    void showReason(const QString &reason);
    const StackCandidate *candidate(const QString &modelId) const;

    Core::CustomModel m_main;
    QList<StackCandidate> m_candidates;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QComboBox *m_addCombo;
    QLabel *m_reasonLabel;
};

} // namespace Ids::Widgets
