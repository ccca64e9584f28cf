#include "traindialog.h"

#include <core/validation/modelname.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

TrainDialog::TrainDialog(const QString &datasetName, qint64 imageCount, const QString &billedTo, QWidget *parent)
    : QDialog(parent)
    , m_nameLineEdit(new QLineEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_confirmCheckBox(new QCheckBox(tr("I understand that this training is &billed to %1.").arg(billedTo), this))
    , m_trainButton(nullptr)
{
    setObjectName(QStringLiteral("trainDialog"));
    setWindowTitle(tr("Train a Model"));

    auto *intro = new QLabel(
        tr("Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it "
           "and tells you when it is done.",
           "", int(imageCount))
            .arg(datasetName),
        this);
    intro->setTextFormat(Qt::PlainText); // the dataset name may hold anything
    intro->setWordWrap(true);

    m_nameLineEdit->setObjectName(QStringLiteral("modelNameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("e.g. acme shoes"));
    m_nameLineEdit->setMaxLength(200); // checked properly below; this only stops pasted novels
    m_nameLineEdit->setAccessibleName(tr("Model name"));
    m_reasonLabel->setObjectName(QStringLiteral("modelNameReasonLabel"));
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setText(tr("5–30 characters: letters, digits, spaces and hyphens."));

    auto *billing = new QLabel(tr("Ideogram bills this training to the account %1. The app asks for it once: if "
                                  "the answer gets lost, it checks with Ideogram instead of asking again, so you "
                                  "are never billed twice by accident.")
                                   .arg(billedTo),
                               this);
    billing->setTextFormat(Qt::PlainText); // the account's name is the user's and may hold anything
    billing->setWordWrap(true);
    billing->setObjectName(QStringLiteral("billingLabel"));
    m_confirmCheckBox->setObjectName(QStringLiteral("confirmBillingCheckBox"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trainButton = buttons->addButton(tr("&Train"), QDialogButtonBox::AcceptRole);
    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_trainButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trainButton->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Model &name:"), this);
    nameLabel->setBuddy(m_nameLineEdit);
    form->addRow(nameLabel, m_nameLineEdit);
    form->addRow(QString(), m_reasonLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(billing);
    layout->addWidget(m_confirmCheckBox);
    layout->addWidget(buttons);

    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    connect(m_confirmCheckBox, &QCheckBox::toggled, this, &TrainDialog::updateState);
    updateState();
    resize(480, sizeHint().height());
}

QString TrainDialog::modelName() const
{
    return Core::ModelName::check(m_nameLineEdit->text()).name;
}

void TrainDialog::updateState()
{
    const Core::ModelName::Check check = Core::ModelName::check(m_nameLineEdit->text());
    if (!m_nameLineEdit->text().isEmpty())
        m_reasonLabel->setText(check.ok() ? tr("This name can be used.") : check.reason);
    m_trainButton->setEnabled(check.ok() && m_confirmCheckBox->isChecked());
}

} // namespace Ids::Widgets
