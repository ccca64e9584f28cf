#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Ids::Widgets {

// What a first start without an API key shows: why a key is needed, and two ways on (enter one, or try
// the local sandbox without an account), with the way to Getting Started and to Ideogram's page for keys.
class WelcomePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void enterKeyRequested();
    void sandboxRequested();
    void gettingStartedRequested();
    void getApiKeyRequested();

private:
    QLabel *m_titleLabel;
    QLabel *m_explanationLabel;
    QLabel *m_sandboxLabel;
    QPushButton *m_enterKeyButton;
    QPushButton *m_sandboxButton;
    QLabel *m_helpLabel;
    QPushButton *m_gettingStartedButton;
    QPushButton *m_getApiKeyButton;
};

} // namespace Ids::Widgets
