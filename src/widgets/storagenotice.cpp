#include "storagenotice.h"

#include "tone.h"

#include <core/accounts/account.h>
#include <core/storage/storagehealth.h>

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Ids::Widgets {

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("create-dataset"))
        return StorageNotice::tr("Create dataset");
    if (kind == QLatin1String("train-model"))
        return StorageNotice::tr("Start training");
    if (kind == QLatin1String("upload-file"))
        return StorageNotice::tr("Upload file");
    return StorageNotice::tr("Other request");
}

} // namespace

StorageNotice::StorageNotice(QWidget *parent)
    : QFrame(parent)
    , m_fullLabel(new QLabel(this))
    , m_damagedLabel(new QLabel(this))
    , m_showRequestsButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
    , m_openFolderButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("storageNotice"));
    m_fullLabel->setObjectName(QStringLiteral("storageFullLabel"));
    m_damagedLabel->setObjectName(QStringLiteral("storageDamagedLabel"));
    m_showRequestsButton->setObjectName(QStringLiteral("showUnconfirmedButton"));
    m_closeButton->setObjectName(QStringLiteral("storageNoticeCloseButton"));
    m_openFolderButton->setObjectName(QStringLiteral("openDataFolderButton"));
    m_openFolderButton->setText(tr("Open Folder"));
    m_openFolderButton->setToolTip(tr("Show the app's data folder in your file manager"));
    for (QLabel *label : {m_fullLabel, m_damagedLabel}) {
        // Paths and names are the user's: never read as markup.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the notice about the damaged data"));

    auto *damageRow = new QHBoxLayout;
    damageRow->addWidget(m_damagedLabel, 1);
    damageRow->addWidget(m_showRequestsButton, 0, Qt::AlignTop);
    damageRow->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *fullRow = new QHBoxLayout;
    fullRow->addWidget(m_fullLabel, 1);
    fullRow->addWidget(m_openFolderButton, 0, Qt::AlignTop);
    layout->addLayout(fullRow);
    layout->addLayout(damageRow);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyBannerTone(this, Tone::Warning);

    connect(m_showRequestsButton, &QPushButton::clicked, this, &StorageNotice::showRequests);
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataFolder())); });
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        if (m_account)
            m_damageSeen.insert(m_account->id());
        refresh();
    });
    refresh();
}

void StorageNotice::setAccount(Core::Account *account)
{
    delete m_binding;
    m_binding = new QObject(this);
    m_account = account;
    if (account && account->storageHealth())
        connect(account->storageHealth(), &Core::StorageHealth::writableChanged, m_binding,
                [this](bool writable) { onWritableChanged(writable); });
    refresh();
}

QString StorageNotice::dataFolder() const
{
    return m_account ? QFileInfo(m_account->databasePath()).absolutePath() : QString();
}

QString StorageNotice::fullSentence() const
{
    const QString folder = QDir::toNativeSeparators(dataFolder());
    const QString paused =
        tr("Your datasets are safe and stay shown, but creating datasets, uploading and training are paused: the "
           "app saves a note of each before sending it.");
    switch (m_account->storageHealth()->cause()) {
    case Core::StorageHealth::Cause::DiskFull:
        return tr("Your disk is full, so the app cannot save its data.") + QLatin1Char(' ') + paused + QLatin1Char(' ')
            + tr("Free some space; the app notices by itself, and the paused work can then be tried again.");
    case Core::StorageHealth::Cause::NotWritable:
        return tr("The app cannot save its data: its folder (%1) cannot be written, perhaps because it is "
                  "read-only.")
                   .arg(folder)
            + QLatin1Char(' ') + paused + QLatin1Char(' ')
            + tr("Make the folder writable again, or ask whoever looks after this computer; the app notices by "
                 "itself, and the paused work can then be tried again.");
    case Core::StorageHealth::Cause::Either:
        break;
    }
    return tr("Your disk is full, or the app's data folder (%1) cannot be written.").arg(folder) + QLatin1Char(' ')
        + paused + QLatin1Char(' ')
        + tr("Free some space or make the folder writable; the app notices by itself, and the paused work can then "
             "be tried again.");
}

QString StorageNotice::fullText() const
{
    return m_fullLabel->isVisibleTo(this) ? m_fullLabel->text() : QString();
}

QString StorageNotice::damagedText() const
{
    return m_damagedLabel->isVisibleTo(this) ? m_damagedLabel->text() : QString();
}

void StorageNotice::onWritableChanged(bool writable)
{
    if (writable)
        Q_EMIT message(tr("The app can save its data again: new datasets, uploads and trainings can be sent."));
    refresh();
}

void StorageNotice::refresh()
{
    const bool full = m_account && m_account->storageHealth() && !m_account->storageHealth()->isWritable();
    const Core::RescueReport *rescue = m_account ? &m_account->rescueReport() : nullptr;
    const bool damaged = rescue && rescue->moved && !m_damageSeen.contains(m_account->id());
    if (damaged) {
        const int count = int(rescue->unconfirmed.size());
        QString text = tr("The local data of “%1” was damaged. It was moved aside, not deleted, to %2, and the app "
                          "started afresh: your datasets and models are read again from Ideogram.")
                           .arg(m_account->name(), QDir::toNativeSeparators(rescue->copyPath));
        if (!rescue->entriesReadable)
            text += QLatin1Char(' ')
                + tr("Requests you made just before could not be read from it: check on Ideogram for datasets, "
                     "uploads or trainings you started then.");
        else if (count > 0)
            text += QLatin1Char(' ')
                + tr("%n request(s) made just before may have been sent: before making one again, look for it in the "
                     "Datasets and Models lists, which are read again from Ideogram.",
                     "", count);
        m_damagedLabel->setText(text);
        m_showRequestsButton->setText(tr("Show %n request(s)…", "", count));
        m_showRequestsButton->setVisible(count > 0);
    } else {
        m_showRequestsButton->setVisible(false);
    }
    if (full)
        m_fullLabel->setText(fullSentence());
    m_damagedLabel->setVisible(damaged);
    m_closeButton->setVisible(damaged);
    m_fullLabel->setVisible(full);
    m_openFolderButton->setVisible(full);
    setVisible(full || damaged);
    setAccessibleName(tr("About the app's local data"));
    setAccessibleDescription(QStringList {fullText(), damagedText()}.join(QLatin1Char(' ')).trimmed());
}

void StorageNotice::showRequests()
{
    if (m_requestsDialog) {
        m_requestsDialog->raise();
        m_requestsDialog->activateWindow();
        return;
    }
    if (!m_account)
        return;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("unconfirmedRequestsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Requests that may have been sent"));
    auto *intro = new QLabel(
        tr("These requests were noted in the damaged data and their answers never arrived. Each may have been "
           "sent; check on Ideogram before doing it again."),
        dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("unconfirmedList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Request"), tr("Name or file"), tr("Started"), tr("State")});
    const QLocale locale;
    for (const Core::UnconfirmedRequest &request : m_account->rescueReport().unconfirmed) {
        auto *row = new QTreeWidgetItem(list);
        row->setText(0, kindText(request.kind));
        row->setText(1, request.subject);
        // With the zone: a report read later, or sent to someone else, still says when.
        const QDateTime started = request.startedAtUtc.toLocalTime();
        row->setText(2,
                     tr("%1 %2").arg(locale.toString(started, QLocale::ShortFormat), started.timeZoneAbbreviation()));
        row->setText(3, tr("May have been sent; look for it in the app's lists"));
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(720, 320);
    m_requestsDialog = dialog;
    // open(), not exec(): no nested event loop.
    dialog->open();
}

void StorageNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyBannerTone(this, Tone::Warning);
    QFrame::changeEvent(event);
}

} // namespace Ids::Widgets
