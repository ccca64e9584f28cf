#pragma once

#include <QFrame>

class QLabel;

namespace Ids::Widgets {

// The strip across the top of the window in sandbox mode, so nobody mistakes the local pretend server for
// their Ideogram account.
class SandboxBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxBanner(QWidget *parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
};

} // namespace Ids::Widgets
