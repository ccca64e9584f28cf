#include "datasetform.h"

#include "lazyclearbutton.h"

#include "tone.h"
#include "ui_datasetform.h"

#include <core/validation/datasetname.h>

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Ids::Widgets {

using Core::DatasetName;

DatasetForm::DatasetForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DatasetForm>())
    , m_existingFrame(new QFrame(this))
    , m_existingLabel(new QLabel(m_existingFrame))
    , m_openExistingButton(new QPushButton(tr("Open &It"), m_existingFrame))
    , m_createAnotherButton(new QPushButton(tr("Create Anothe&r"), m_existingFrame))
{
    m_ui->setupUi(this);
    // The question about a name in use, under the field it is about.
    m_existingFrame->setObjectName(QStringLiteral("existingNameQuestion"));
    m_existingLabel->setObjectName(QStringLiteral("existingNameLabel"));
    m_existingLabel->setTextFormat(Qt::PlainText); // quotes the name typed
    m_existingLabel->setWordWrap(true);
    m_openExistingButton->setObjectName(QStringLiteral("openExistingButton"));
    m_openExistingButton->setAutoDefault(false);
    m_createAnotherButton->setObjectName(QStringLiteral("createAnotherButton"));
    m_createAnotherButton->setAutoDefault(false);
    m_createAnotherButton->setToolTip(tr("Ideogram keeps both; it cannot delete a dataset later."));
    auto *existingLayout = new QHBoxLayout(m_existingFrame);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    existingLayout->addWidget(m_existingLabel, 1);
    existingLayout->addWidget(m_openExistingButton);
    existingLayout->addWidget(m_createAnotherButton);
    m_existingFrame->setVisible(false);
    m_ui->formGridLayout->addWidget(m_existingFrame, 3, 1, 1, 2);
    connect(m_openExistingButton, &QPushButton::clicked, this, [this] {
        const QString name = m_askedName;
        withdrawQuestion();
        // The name has served: it led to the dataset wanted.
        m_touched = false;
        m_ui->nameLineEdit->clear();
        Q_EMIT openExistingRequested(name);
    });
    connect(m_createAnotherButton, &QPushButton::clicked, this, [this] {
        const QString name = m_askedName;
        withdrawQuestion();
        Q_EMIT createAnotherRequested(name);
    });
    m_ui->nameLineEdit->installEventFilter(this);

    m_ui->messageLabel->setVisible(false);
    m_ui->busyWidget->setVisible(false);
    enableClearButtonWhenTyped(m_ui->nameLineEdit);
    m_ui->nameLineEdit->setMaxLength(DatasetName::MaxLength * 4); // room to paste and trim; the check says why
    applyErrorText(m_ui->messageLabel);
    setFocusProxy(m_ui->nameLineEdit);

    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        withdrawQuestion(); // it was about the name as it was
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
    withdrawQuestion();
    m_ui->nameLineEdit->clear();
    setMessage({});
}

void DatasetForm::askAboutExisting(const QString &name)
{
    m_askedName = name;
    m_existingLabel->setText(tr("You already have a dataset named “%1”. Open it, or create another one with the "
                                "same name?")
                                 .arg(name));
    m_existingFrame->setAccessibleName(m_existingLabel->text());
    m_existingFrame->setVisible(true);
    // The likelier wish first: people who type a name they used before usually mean that dataset.
    m_openExistingButton->setFocus(Qt::OtherFocusReason);
}

bool DatasetForm::isAskingAboutExisting() const
{
    return m_existingFrame->isVisibleTo(this);
}

void DatasetForm::withdrawQuestion()
{
    m_askedName.clear();
    m_existingFrame->setVisible(false);
}

void DatasetForm::clearRefusal()
{
    m_touched = false;
    setMessage({});
}

bool DatasetForm::eventFilter(QObject *watched, QEvent *event)
{
    // "Enter a name" is about creating; leaving an empty field means the user is doing something else, and a
    // red sentence left behind would look like an error that still stands.
    if (watched == m_ui->nameLineEdit && event->type() == QEvent::FocusOut
        && m_ui->nameLineEdit->text().trimmed().isEmpty())
        clearRefusal();
    return QWidget::eventFilter(watched, event);
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
