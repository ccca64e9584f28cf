#pragma once

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ids::Widgets {

namespace Ui {
class DatasetForm;
}

// The "new dataset" row: a name, a button, what is wrong with the name, and what is happening now. It
// only asks (createRequested); the window hands the request to the service and reports back with
// setBusy() and showRefusal(), so the form never decides on its own that something was sent.
class DatasetForm final : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetForm(QWidget *parent = nullptr);
    ~DatasetForm() override;

    QString name() const;
    bool isBusy() const { return m_busy; }
    QString message() const;

    // While busy no request leaves the form, whatever is clicked or pressed. An empty status hides the
    // busy indicator (e.g. while a question is waiting for the user elsewhere).
    void setBusy(bool busy, const QString &status = {});
    // The reason a name was refused, shown beside the field until the name changes.
    void showRefusal(const QString &reason);
    // Clears the field when it still holds the name just created, so the next name can be typed at once.
    void onDatasetCreated(const QString &name);

    QLineEdit *nameLineEdit() const;
    QPushButton *createButton() const;

Q_SIGNALS:
    void createRequested(const QString &name);

private:
    void submit();
    void updateValidation();
    void setMessage(const QString &message);

    std::unique_ptr<Ui::DatasetForm> m_ui;
    bool m_busy = false;
    bool m_touched = false; // the user typed or pressed Enter: only then is a problem worth pointing out
};

} // namespace Ids::Widgets
