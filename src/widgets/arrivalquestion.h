#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;

namespace Ids::Widgets {

// The one "did it arrive?" question (reliability-rules.md R7, R9): a request that creates or bills may or
// may not have reached Ideogram, the app looked and could not tell, and only the user can decide. An inline
// panel above the pages rather than a modal box: the question can wait while the user looks around, and no
// nested event loop runs while answers arrive. One question shows at a time; the next one waits its turn.
class ArrivalQuestion final : public QFrame
{
    Q_OBJECT
public:
    enum class Answer { CheckAgain, Anyway, Forget };

    struct Question
    {
        QString key; // who asks ("create", "train"): asking again replaces, withdraw() removes
        QString text; // what is not known, naming the thing ("…the dataset “Shoes” was created…")
        QString risk; // what "anyway" may cost, shown under the text
        QString anywayText; // the button that sends again ("Create Anyway")
        QString anywayToolTip;
    };

    explicit ArrivalQuestion(QWidget *parent = nullptr);

    // answer runs once, with context alive; closing the panel (Escape) answers Forget.
    void ask(const Question &question, QObject *context, std::function<void(Answer)> answer);
    // The question is no longer asked (the service found the answer itself, or the account changed).
    void withdraw(const QString &key);
    void withdrawAll();

    QString text() const;
    QString currentKey() const;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Pending
    {
        Question question;
        QPointer<QObject> context;
        std::function<void(Answer)> answer;
    };
    void showFirst();
    void answerFirst(Answer answer);

    QList<Pending> m_queue;
    QLabel *m_label;
    QLabel *m_riskLabel;
    QPushButton *m_checkAgainButton;
    QPushButton *m_anywayButton;
    QPushButton *m_forgetButton;
};

} // namespace Ids::Widgets
