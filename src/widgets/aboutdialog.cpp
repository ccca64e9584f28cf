#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

namespace {

// A licence text compiled in from resources/licences/ (a few kB; memory-mapped, so reading it costs nothing).
QString licenceFile(const QString &name)
{
    QFile file(QStringLiteral(":/licences/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Licence
{
    QString component; // "Qt 6.4.2 — GNU LGPL version 3"
    QString note; // what the licence asks of us and where the source is
    QStringList files; // shown one after the other
};

QList<Licence> licences()
{
    const QString qt = QString::fromLatin1(qVersion());
    return {
        {AboutDialog::tr("Ideogram Datasets — MIT licence"),
         AboutDialog::tr("This app is free software under the MIT licence."),
         {QStringLiteral("ideogram-datasets-mit.txt")}},
        {AboutDialog::tr("Qt %1 — GNU LGPL version 3").arg(qt),
         AboutDialog::tr("The app uses the Qt libraries under the GNU Lesser General Public License version 3, "
                         "which adds to the GNU General Public License version 3 (both texts below). Qt's source "
                         "code is available from the Qt Project (download.qt.io) and from your system's packages; "
                         "you may replace the Qt libraries the app uses with your own build of them."),
         {QStringLiteral("qt-lgpl-3.0.txt"), QStringLiteral("qt-gpl-3.0.txt")}},
        {AboutDialog::tr("QtKeychain %1 — BSD 2-clause licence").arg(AboutDialog::qtKeychainVersion()),
         AboutDialog::tr("The app keeps your API key in the system keychain through QtKeychain, used under the "
                         "BSD 2-clause licence."),
         {QStringLiteral("qtkeychain-bsd-2-clause.txt")}},
    };
}

} // namespace

QString AboutDialog::qtKeychainVersion()
{
    return QStringLiteral(IDS_QTKEYCHAIN_VERSION);
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versionLabel(new QLabel(this))
    , m_qtVersionLabel(new QLabel(this))
    , m_licenceList(new QListWidget(this))
    , m_licenceNote(new QLabel(this))
    , m_licenceText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Ideogram Datasets"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setText(tr("Ideogram Datasets %1").arg(QStringLiteral(IDS_VERSION)));
    QFont headline = m_versionLabel->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.4);
    headline.setBold(true);
    m_versionLabel->setFont(headline);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *what = new QLabel(tr("Create and manage datasets for Ideogram custom models.\n\n"
                               "This app is not made by Ideogram and is not affiliated with Ideogram. "
                               "It uses Ideogram's public API with your own API key."),
                            this);
    what->setWordWrap(true);

    m_qtVersionLabel->setObjectName(QStringLiteral("qtVersionLabel"));
    // Built with one Qt, running on another when the system's Qt was updated since: both matter in a bug report.
    m_qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_qtVersionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QVBoxLayout;
    heading->addWidget(m_versionLabel);
    heading->addWidget(what);
    heading->addWidget(m_qtVersionLabel);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *licencesLabel = new QLabel(tr("&Licences:"), this);
    licencesLabel->setBuddy(m_licenceList);
    m_licenceList->setObjectName(QStringLiteral("licenceListWidget"));
    m_licenceList->setAccessibleName(tr("Licences"));
    const QList<Licence> all = licences();
    for (const Licence &licence : all)
        m_licenceList->addItem(licence.component);
    // As tall as its rows: three lines, no scroll bar.
    m_licenceList->setFixedHeight(m_licenceList->sizeHintForRow(0) * int(all.size()) + 2 * m_licenceList->frameWidth());
    m_licenceNote->setObjectName(QStringLiteral("licenceNoteLabel"));
    m_licenceNote->setWordWrap(true);
    m_licenceText->setObjectName(QStringLiteral("licenceTextEdit"));
    m_licenceText->setAccessibleName(tr("Licence text"));
    m_licenceText->setReadOnly(true);
    m_licenceText->setLineWrapMode(QPlainTextEdit::NoWrap); // the texts are laid out for 80 columns
    m_licenceText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_licenceList, &QListWidget::currentRowChanged, this, &AboutDialog::showLicence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(layout->spacing());
    layout->addWidget(licencesLabel);
    layout->addWidget(m_licenceList);
    layout->addWidget(m_licenceNote);
    layout->addWidget(m_licenceText, 1);
    layout->addWidget(buttons);

    m_licenceList->setCurrentRow(0);
    resize(680, 620);
}

void AboutDialog::showLicence(int row)
{
    const QList<Licence> all = licences();
    if (row < 0 || row >= all.size())
        return;
    const Licence &licence = all.at(row);
    m_licenceNote->setText(licence.note);
    QStringList texts;
    for (const QString &file : licence.files)
        texts << licenceFile(file);
    m_licenceText->setPlainText(texts.join(QStringLiteral("\n\n")));
}

} // namespace Ids::Widgets
