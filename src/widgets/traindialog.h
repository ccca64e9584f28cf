#pragma once

#include <core/types/trainrequest.h>

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QToolButton;

namespace Ids::Widgets {

// Asks for the model's name and the base model to train on (Ideogram 4.0, the default, or 3.0, each with a sentence
// on what it is), with the optional settings of that family under Advanced (collapsed), each checked as it is
// typed with the reason beside it (TrainKnobRules). Switching family drops the values only the other family takes.
// Training has no price quote: the dialog names the account that pays, says the price is on the Ideogram
// dashboard and asks for an explicit confirmation. Only then is Train enabled.
class TrainDialog final : public QDialog
{
    Q_OBJECT
public:
    // billedTo: who pays, as Account::billingName() says it ("Acme client (key …1a2b)").
    TrainDialog(const QString &datasetName, qint64 imageCount, const QString &billedTo, QWidget *parent = nullptr);

    QString modelName() const;
    Core::ModelFamily family() const;
    void setFamily(Core::ModelFamily family);
    // The knobs as typed, without the defaults (what would be sent); only valid ones.
    Core::TrainKnobs knobs() const;
    // The training the Train button sends (datasetId left empty: the flow knows it).
    Core::TrainRequest request() const;

    // The sandbox account: says that nothing is billed instead of naming the sandbox as the payer.
    void setSandbox(bool sandbox);

private:
    struct Knob
    {
        QWidget *field = nullptr;
        QLabel *label = nullptr;
        QLabel *reason = nullptr;
        bool v4Only = false;
    };
    QWidget *buildAdvanced();
    Knob addKnob(QFormLayout *form, const QString &label, QWidget *field, const QString &hint, bool v4Only);
    void onFamilyChanged();
    void updateState();
    // Sizes the dialog to what it asks, at most the screen's height (the rest scrolls).
    void fitToContent();
    QString knobProblems();

    QLineEdit *m_nameLineEdit;
    QLabel *m_reasonLabel;
    QButtonGroup *m_familyGroup;
    QRadioButton *m_v4Radio;
    QRadioButton *m_v3Radio;
    QToolButton *m_advancedButton;
    QWidget *m_advanced = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_stepsEdit = nullptr;
    QComboBox *m_rankCombo = nullptr;
    QLineEdit *m_emaEdit = nullptr;
    QLineEdit *m_rateEdit = nullptr;
    QComboBox *m_batchCombo = nullptr;
    QComboBox *m_variantCombo = nullptr;
    QList<Knob> m_knobs;
    QCheckBox *m_confirmCheckBox;
    QLabel *m_billingLabel = nullptr;
    QPushButton *m_trainButton;
};

} // namespace Ids::Widgets
