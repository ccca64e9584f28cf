#include "datasetform.h"

#include "lazyclearbutton.h"

#include "tone.h"
#include "ui_datasetform.h"

#include <core/validation/datasetname.h>

namespace Ids::Widgets {

using Core::DatasetName;

DatasetForm::DatasetForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DatasetForm>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setVisible(false);
    m_ui->busyWidget->setVisible(false);
    enableClearButtonWhenTyped(m_ui->nameLineEdit);
    m_ui->nameLineEdit->setMaxLength(DatasetName::MaxLength * 4); // room to paste and trim; the check says why
    applyErrorText(m_ui->messageLabel);
    setFocusProxy(m_ui->nameLineEdit);

    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        updateValidation();
    });
    // Programmatic changes (clearing after a create) re-evaluate the button without scolding anybody.
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &DatasetForm::updateValidation);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &DatasetForm::submit);
    connect(m_ui->createButton, &QPushButton::clicked, this, &DatasetForm::submit);
    updateValidation();
}

DatasetForm::~DatasetForm() = default;

QString DatasetForm::name() const
{
    return m_ui->nameLineEdit->text();
}

QString DatasetForm::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

QLineEdit *DatasetForm::nameLineEdit() const
{
    return m_ui->nameLineEdit;
}

QPushButton *DatasetForm::createButton() const
{
    return m_ui->createButton;
}

void DatasetForm::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->busyLabel->setText(status);
    m_ui->busyProgressBar->setAccessibleDescription(status);
    m_ui->busyWidget->setVisible(busy && !status.isEmpty());
    updateValidation();
}

void DatasetForm::showRefusal(const QString &reason)
{
    m_touched = true;
    setMessage(reason);
}

void DatasetForm::onDatasetCreated(const QString &name)
{
    if (DatasetName::check(m_ui->nameLineEdit->text()).name != name)
        return;
    m_touched = false;
    m_ui->nameLineEdit->clear();
    setMessage({});
}

void DatasetForm::submit()
{
    // Enter and the button both land here; while a create is under way neither may start another.
    if (m_busy)
        return;
    m_touched = true;
    const DatasetName::Check check = DatasetName::check(m_ui->nameLineEdit->text());
    if (!check.ok()) {
        setMessage(check.reason);
        return;
    }
    setMessage({});
    Q_EMIT createRequested(m_ui->nameLineEdit->text());
}

void DatasetForm::updateValidation()
{
    const DatasetName::Check check = DatasetName::check(m_ui->nameLineEdit->text());
    m_ui->createButton->setEnabled(!m_busy && check.ok());
    setMessage(m_touched ? check.reason : QString());
}

void DatasetForm::setMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    // Read out with the field, so a screen reader user hears why Create is unavailable.
    m_ui->nameLineEdit->setAccessibleDescription(message);
}

} // namespace Ids::Widgets
