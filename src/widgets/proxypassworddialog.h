#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ids::Core {
class ProxyCredentials;
}

namespace Ids::Widgets {

// Asks for the user name and password of a proxy that answered 407 (reliability-rules.md R18): they go into
// ProxyCredentials, in memory for this run, never into settings, the database or a log. Shown with open(),
// never exec(): no nested event loop while replies keep arriving. After OK, `entered` runs (the caller tries
// again what failed).
class ProxyPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    // proxy: "host:port" as ApiError::proxy names it.
    ProxyPasswordDialog(Core::ProxyCredentials *credentials, const QString &proxy, QWidget *parent = nullptr);

    // Opens the question for this proxy beside parent (then runs `entered` once the user gave them) and returns
    // it; nullptr when one is open already (it is raised) or there is nothing to ask.
    static ProxyPasswordDialog *ask(Core::ProxyCredentials *credentials, const QString &proxy, QWidget *parent,
                                    std::function<void()> then = {});

Q_SIGNALS:
    void entered(const QString &proxy);

private:
    void updateState();

    Core::ProxyCredentials *m_credentials;
    QString m_proxy;
    QLineEdit *m_userLineEdit;
    QLineEdit *m_passwordLineEdit;
    QPushButton *m_okButton;
};

} // namespace Ids::Widgets
