#pragma once

#include <core/health/datasethealth.h>
#include <core/storage/contentstore.h>
#include <core/types/datasetdetail.h>

#include <QObject>

#include <memory>

class QThreadPool;

namespace Ids::Models {

// Gathers a dataset's health on a worker thread: captions from Ideogram's file list, and for each file this
// computer uploaded, the pixel size from its original's header (never decoded) and a fingerprint of its kept
// thumbnail. The GUI thread never reads a file or decodes a picture for it. Only the latest read() is
// answered: the health of a dataset the user has since left is dropped.
class DatasetHealthReader final : public QObject
{
    Q_OBJECT
public:
    explicit DatasetHealthReader(QObject *parent = nullptr);
    // Waits for a read in progress (it only reads files the user chose earlier).
    ~DatasetHealthReader() override;

    void read(const Core::DatasetDetail &detail, const QList<Core::LocalFile> &local);
    void cancel() { ++m_generation; }

    // Blocking: for the worker and tests.
    static Core::DatasetHealth assess(const Core::DatasetDetail &detail, const QList<Core::LocalFile> &local);
    // The pixels on the short side of an image file, from its header; nullopt when unreadable.
    static std::optional<int> shortSideOf(const QString &path);
    // The perceptual hash (PerceptualHash::dHash) of a file uploaded from here: of its kept thumbnail, else of
    // its original; nullopt when neither can be read.
    static std::optional<quint64> fingerprintOf(const Core::LocalFile &copy);

Q_SIGNALS:
    void ready(const QString &datasetId, const Ids::Core::DatasetHealth &health);

private:
    std::unique_ptr<QThreadPool> m_pool;
    quint64 m_generation = 0;
};

} // namespace Ids::Models
