#include "storagehealth.h"

#include "datasetstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Ids::Core {

namespace {

// Kind and scope no journal reader asks for: a probe row left behind by a crash is never reconciled or counted.
const QString ProbeKind = QStringLiteral("space-probe");
// About one page of SQLite's default 4,096 bytes: a probe that fits is a journal entry that fits.
constexpr int ProbeBytes = 4096;

} // namespace

StorageHealth::StorageHealth(DatasetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setInterval(std::chrono::seconds(15));
    connect(m_probeTimer, &QTimer::timeout, this, &StorageHealth::probe);
    m_store->setWriteObserver([this](bool ok, const QSqlError &error) { onWrite(ok, error); });
    // A data folder that could not be written at start: read-only from the first moment, said by isWritable().
    if (m_store->isReadOnly()) {
        m_writable = false;
        m_reason = m_store->lastError();
        m_cause = Cause::NotWritable;
        m_mustReopen = true;
        m_probeTimer->start();
    }
}

StorageHealth::~StorageHealth()
{
    m_store->setWriteObserver({});
}

void StorageHealth::setProbeInterval(std::chrono::milliseconds interval)
{
    m_probeTimer->setInterval(interval);
}

bool StorageHealth::isSpaceOrPermissionError(const QSqlError &error)
{
    bool ok = false;
    // Extended result codes keep the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 13 || code == 8 || code == 10 || code == 14 || code == 3);
}

void StorageHealth::onWrite(bool ok, const QSqlError &error)
{
    if (ok) {
        if (!m_writable) {
            m_writable = true;
            m_mustReopen = false;
            m_reason.clear();
            m_probeTimer->stop();
            Q_EMIT writableChanged(true);
        }
        return;
    }
    if (!m_writable || !isSpaceOrPermissionError(error))
        return;
    m_writable = false;
    m_reason = error.text();
    // SQLITE_READONLY: the connection itself may have been opened read-only; only a new one can write.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    m_mustReopen = code == 8;
    m_cause = code == 13 ? Cause::DiskFull : code == 10 ? Cause::Either : Cause::NotWritable;
    m_probeTimer->start();
    Q_EMIT writableChanged(false);
}

bool StorageHealth::probe()
{
    if (m_mustReopen && !m_store->reopen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    QSqlQuery query(db);
    bool ok = db.transaction();
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) VALUES ('', ?, 0, ?)"));
        query.addBindValue(ProbeKind);
        query.addBindValue(QString(ProbeBytes, QLatin1Char(' ')));
        ok = query.exec() && db.commit();
        if (!ok)
            db.rollback();
    }
    if (ok) {
        // Freed pages stay in the file for the next journal entry.
        query.prepare(QStringLiteral("DELETE FROM journal WHERE scope = '' AND kind = ?"));
        query.addBindValue(ProbeKind);
        query.exec();
        onWrite(true, {});
    }
    return ok;
}

QString cannotJournalSentence(const QString &what)
{
    return QCoreApplication::translate(
               "Ids::Core::StorageHealth",
               "Nothing was sent, and nothing was billed: the app saves a note of %1 before sending it, and it cannot "
               "save anything now because your disk is full or its data folder cannot be written (the message at the "
               "top of the window says which). Try again once that message is gone.")
        .arg(what);
}

} // namespace Ids::Core
