#pragma once

#include <core/api/apierror.h>

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Ids::Widgets {

// The one place errors are shown: an inline strip above the page, never a modal box, so the window stays
// usable and nothing waits in a nested event loop. Server text arrives in headline() and details() and is
// shown as plain text only.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const Ids::Core::ApiError &error);
    // What was being done when it failed, said first ("Couldn't create the dataset “Shoes”."), so a failed
    // create never reads like a failed list, and a Retry button that does it again: retry runs once, on a
    // click, while context is alive (the banner then closes). Without retry there is no Retry button.
    void showError(const Ids::Core::ApiError &error, const QString &what, QObject *context = nullptr,
                   std::function<void()> retry = {});
    // A problem that is not an API error (e.g. the keychain refused the key): same strip, no details.
    void showMessage(const QString &text);
    void dismiss();
    // Runs the failed action's Retry, when the error offered one and its context lives; false otherwise.
    bool retryIfOffered();

    QString headline() const;

Q_SIGNALS:
    void openSettingsRequested();
    // The proxy ("host:port") answered 407: the user wants to give its user name and password.
    void proxyPasswordRequested(const QString &proxy);
    void dismissed(bool hadFocus);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void present(const QString &headline, const QString &details, bool offerSettings);
    void retry();

    QLabel *m_iconLabel;
    QLabel *m_headlineLabel;
    QPushButton *m_retryButton;
    QPointer<QObject> m_retryContext;
    std::function<void()> m_retry;
    QPushButton *m_openSettingsButton;
    QPushButton *m_proxyButton;
    QString m_proxy;
    QPushButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_detailsEdit;
};

} // namespace Ids::Widgets
