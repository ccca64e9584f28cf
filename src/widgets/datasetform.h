#pragma once

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
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
    // Asks, below the field, whether to open the dataset of this name that exists already or to create
    // another one of the same name (Ideogram allows it, and cannot delete one). Editing the name withdraws it.
    void askAboutExisting(const QString &name);
    bool isAskingAboutExisting() const;
    // A refusal shown earlier no longer applies (the user went on to other work): it goes.
    void clearRefusal();

    QLineEdit *nameLineEdit() const;
    QPushButton *createButton() const;

Q_SIGNALS:
    void createRequested(const QString &name);
    // The answers to askAboutExisting(), with the name it was asked about.
    void createAnotherRequested(const QString &name);
    void openExistingRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateValidation();
    void setMessage(const QString &message);
    void withdrawQuestion();

    std::unique_ptr<Ui::DatasetForm> m_ui;
    QFrame *m_existingFrame;
    QLabel *m_existingLabel;
    QPushButton *m_openExistingButton;
    QPushButton *m_createAnotherButton;
    QString m_askedName;
    bool m_busy = false;
    bool m_touched = false; // the user typed or pressed Enter: only then is a problem worth pointing out
};

} // namespace Ids::Widgets
