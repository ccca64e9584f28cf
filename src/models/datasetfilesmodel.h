#pragma once

#include <core/storage/contentstore.h>
#include <core/types/datasetdetail.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>

namespace Ids::Models {

// The files of one dataset as Ideogram lists them, with the thumbnail this computer kept when it uploaded
// them (the API cannot send images back). Files that were uploaded from here but are not listed yet are
// not shown: the server's list is the truth.
class DatasetFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Size, Caption, Count };
    static constexpr int IconEdge = 48;

    explicit DatasetFilesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Thumbnails are not decoded here: the caller has them made off the GUI thread and passes them in.
    void setFiles(const QString &datasetId, const QList<Ids::Core::DatasetFile> &files,
                  const QList<Ids::Core::LocalFile> &localFiles);
    void setThumbnail(const QString &fileName, const QImage &image);
    // A thumbnail that the Thumbnailer decoded, under its storedKey(); ignored when for another dataset.
    void setStoredThumbnail(const QString &key, const QImage &image);
    const Ids::Core::DatasetFile &fileAt(int row) const { return m_files.at(row); }
    // Where this computer has the original of a row's file, or empty.
    QString originalPath(int row) const;

private:
    QString m_datasetId;
    QList<Ids::Core::DatasetFile> m_files;
    QHash<QString, Ids::Core::LocalFile> m_local; // by file name
    QHash<QString, QImage> m_thumbnails; // by file name
};

} // namespace Ids::Models
