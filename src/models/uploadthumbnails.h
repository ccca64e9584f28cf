#pragma once

#include <QImage>
#include <QMultiHash>
#include <QObject>

namespace Ids::Core {
class Account;
struct LocalFile;
} // namespace Ids::Core

namespace Ids::Models {

class Thumbnailer;

// Keeps a thumbnail of every file an account uploaded, in that account's database: Ideogram cannot give an
// image back (api-contract.md §6). Hangs off the account, so an upload that finishes while another account is
// shown still leaves its thumbnails where they belong.
class UploadThumbnails final : public QObject
{
    Q_OBJECT
public:
    UploadThumbnails(Core::Account *account, Thumbnailer *thumbnailer);

Q_SIGNALS:
    // A thumbnail was kept: the list may use it as the dataset's cover.
    void kept(const QString &datasetId, const QImage &image);

private:
    void keep(const Core::LocalFile &file);
    void onReady(const QString &path, const QImage &image);

    Core::Account *m_account;
    Thumbnailer *m_thumbnailer;
    // Uploaded files waiting for their thumbnail: path → (dataset id, file name sent).
    QMultiHash<QString, QPair<QString, QString>> m_wanted;
};

} // namespace Ids::Models
