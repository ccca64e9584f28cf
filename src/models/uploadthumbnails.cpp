#include "uploadthumbnails.h"

#include "thumbnailer.h"

#include <core/accounts/account.h>
#include <core/services/uploadservice.h>
#include <core/storage/contentstore.h>

namespace Ids::Models {

UploadThumbnails::UploadThumbnails(Core::Account *account, Thumbnailer *thumbnailer)
    : QObject(account)
    , m_account(account)
    , m_thumbnailer(thumbnailer)
{
    connect(account->uploads(), &Core::UploadService::fileStored, this, &UploadThumbnails::keep);
    connect(thumbnailer, &Thumbnailer::ready, this, &UploadThumbnails::onReady);
}

void UploadThumbnails::keep(const Core::LocalFile &file)
{
    m_wanted.insert(file.originalPath, {file.datasetId, file.fileName});
    // Usually already made for the review sheet: then ready() follows at once from the cache.
    m_thumbnailer->request(file.originalPath);
}

void UploadThumbnails::onReady(const QString &path, const QImage &image)
{
    const QList<QPair<QString, QString>> wanted = m_wanted.values(path);
    m_wanted.remove(path);
    for (const auto &[datasetId, fileName] : wanted) {
        m_account->content()->setThumbnail(datasetId, fileName, m_thumbnailer->cachedPng(path));
        Q_EMIT kept(datasetId, image);
    }
}

} // namespace Ids::Models
