#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ids::Widgets {

// Asks for the model's name (checked as it is typed) and an explicit confirmation that the training is
// billed to the Ideogram account of this key. Only then is Train enabled.
class TrainDialog final : public QDialog
{
    Q_OBJECT
public:
    // billedTo: who pays, as Account::billingName() says it ("Acme client (key …1a2b)").
    TrainDialog(const QString &datasetName, qint64 imageCount, const QString &billedTo, QWidget *parent = nullptr);

    QString modelName() const;
    QLineEdit *nameLineEdit() const { return m_nameLineEdit; }
    QCheckBox *confirmCheckBox() const { return m_confirmCheckBox; }
    QPushButton *trainButton() const { return m_trainButton; }
    QLabel *reasonLabel() const { return m_reasonLabel; }

private:
    void updateState();

    QLineEdit *m_nameLineEdit;
    QLabel *m_reasonLabel;
    QCheckBox *m_confirmCheckBox;
    QPushButton *m_trainButton;
};

} // namespace Ids::Widgets
