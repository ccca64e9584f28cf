#include "filechooser.h"

#include <core/settings/appsettings.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ids::Widgets {

FileChooser::FileChooser(Core::AppSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{ }

QString FileChooser::startFolder() const
{
    const QStringList candidates {m_settings ? m_settings->addFilesFolder() : QString(),
                                  QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), QDir::homePath()};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::rootPath();
}

QFileDialog *FileChooser::makeDialog(const QString &title, const QString &objectName)
{
    if (m_dialog)
        m_dialog->close();
    // The folder through setDirectory(), not the constructor: given a folder that does not exist, the
    // constructor writes its name into the name box ("Pictures") and Open stays disabled.
    auto *dialog = new QFileDialog(m_window, title);
    dialog->setDirectory(startFolder());
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    return dialog;
}

void FileChooser::remember(const QString &path)
{
    if (m_settings && !path.isEmpty())
        m_settings->setAddFilesFolder(path);
}

void FileChooser::chooseFiles(QObject *context, Chosen chosen)
{
    QFileDialog *dialog = makeDialog(tr("Add Images"), QStringLiteral("addImagesFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    // Every file first: the review says what it does with each one.
    dialog->setNameFilters(
        {tr("All files (*)"),
         tr("Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt "
            "*.json *.zip)")});
    connect(dialog, &QFileDialog::filesSelected, context ? context : this,
            [this, chosen = std::move(chosen), dialog](const QStringList &paths) {
                remember(dialog->directory().absolutePath());
                chosen(paths);
            });
    dialog->open();
}

void FileChooser::chooseFolder(QObject *context, Chosen chosen)
{
    QFileDialog *dialog = makeDialog(tr("Add Folder"), QStringLiteral("addFolderFileDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setLabelText(QFileDialog::Accept, tr("&Add Folder"));
    connect(dialog, &QFileDialog::fileSelected, context ? context : this,
            [this, chosen = std::move(chosen)](const QString &folder) {
                // The next time starts beside this folder, where its siblings are.
                remember(QFileInfo(folder).absolutePath());
                chosen({folder});
            });
    dialog->open();
}

} // namespace Ids::Widgets
