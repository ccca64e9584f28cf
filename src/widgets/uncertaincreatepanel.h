#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Ids::Widgets {

// Asks what to do when a create may or may not have reached Ideogram (reliability-rules.md R7). An inline panel
// rather than a modal box: the question can wait while the user looks at the list, and no nested event
// loop runs while network replies arrive.
class UncertainCreatePanel final : public QFrame
{
    Q_OBJECT
public:
    explicit UncertainCreatePanel(QWidget *parent = nullptr);

    void ask(const QString &name);
    QString text() const;

    QPushButton *checkAgainButton() const { return m_checkAgainButton; }
    QPushButton *createAnywayButton() const { return m_createAnywayButton; }
    QPushButton *forgetButton() const { return m_forgetButton; }

Q_SIGNALS:
    void checkAgainRequested();
    void createAnywayRequested();
    void forgetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QPushButton *m_checkAgainButton;
    QPushButton *m_createAnywayButton;
    QPushButton *m_forgetButton;
};

} // namespace Ids::Widgets
