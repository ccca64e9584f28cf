#include "sandboxstate.h"

#include <QRandomGenerator>

namespace Ids::Sandbox {

namespace {

// 22 characters of base64url, like Ideogram's ids.
QString newId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Core::Dataset SandboxState::createDataset(const QString &name)
{
    Core::Dataset dataset;
    dataset.id = newId();
    dataset.name = name;
    dataset.userId = userId();
    // The space-separated form of the rendered API docs, so the client's parser meets it every time.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    dataset.creationTime.utc = now;
    dataset.creationTime.raw = now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("+00:00");
    m_datasets.append(dataset);
    return dataset;
}

const Core::Dataset *SandboxState::dataset(const QString &id) const
{
    for (const Core::Dataset &dataset : m_datasets) {
        if (dataset.id == id)
            return &dataset;
    }
    return nullptr;
}

QList<Core::Dataset> SandboxState::datasets(const QString &search) const
{
    QList<Core::Dataset> result;
    for (auto it = m_datasets.crbegin(); it != m_datasets.crend(); ++it) {
        if (search.isEmpty() || it->name.contains(search, Qt::CaseInsensitive))
            result.append(*it);
    }
    return result;
}

bool SandboxState::rename(const QString &id, const QString &name)
{
    for (Core::Dataset &dataset : m_datasets) {
        if (dataset.id == id) {
            dataset.name = name;
            return true;
        }
    }
    return false;
}

} // namespace Ids::Sandbox
