#pragma once

#include <QFrame>
#include <QPointer>
#include <QSet>

class QDialog;
class QLabel;
class QPushButton;
class QToolButton;

namespace Ids::Core {
class Account;
struct RescueReport;
} // namespace Ids::Core

namespace Ids::Widgets {

// What the window says about the account's own database (issue 17 points 5 and 6), in a strip above the page:
// - the disk is full or the data folder cannot be written (StorageHealth): said once when it starts, gone
//   when space returns (a word in the status bar says so);
// - the database was damaged and moved aside (Account::rescueReport()): where the copy is, and a button that
//   lists the requests it held that may have been sent. Closed by the user, it stays closed for that account
//   for the run.
class StorageNotice final : public QFrame
{
    Q_OBJECT
public:
    explicit StorageNotice(QWidget *parent = nullptr);

    void setAccount(Core::Account *account);

    QString fullText() const;
    QString damagedText() const;

Q_SIGNALS:
    // A passing word for the status bar (space is back).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onWritableChanged(bool writable);
    void showRequests();
    void refresh();
    QString dataFolder() const;
    QString fullSentence() const; // the notice's words for why the account's data cannot be saved

    QPointer<Core::Account> m_account;
    QObject *m_binding = nullptr;
    QSet<QString> m_damageSeen; // accounts whose damage notice the user closed
    QLabel *m_fullLabel;
    QLabel *m_damagedLabel;
    QPushButton *m_showRequestsButton;
    QToolButton *m_closeButton;
    QPushButton *m_openFolderButton;
    QPointer<QDialog> m_requestsDialog;
};

} // namespace Ids::Widgets
