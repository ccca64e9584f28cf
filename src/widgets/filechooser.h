#pragma once

#include <QFileDialog>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Ids::Core {
class AppSettings;
}

namespace Ids::Widgets {

// The file dialogs of Add Images… and Add Folder…. They show every file: the review sheet judges them and
// says what it does with each (a filter that hides HEIC or GIF leaves an iPhone user before an empty folder,
// without the sheet's helpful sentence). They open where files were last chosen from, or in Pictures, or
// home, whichever exists, never with a missing folder's name in the name box. open(), not exec(): no
// nested event loop while replies keep arriving.
class FileChooser final : public QObject
{
    Q_OBJECT
public:
    FileChooser(Core::AppSettings *settings, QWidget *window);

    using Chosen = std::function<void(const QStringList &paths)>;
    // chosen runs once with the files (or the one folder) picked, while context is alive.
    void chooseFiles(QObject *context, Chosen chosen);
    void chooseFolder(QObject *context, Chosen chosen);

    // The folder the next dialog opens in.
    QString startFolder() const;

private:
    QFileDialog *makeDialog(const QString &title, const QString &objectName);
    void remember(const QString &path);

    Core::AppSettings *m_settings;
    QWidget *m_window;
    QPointer<QFileDialog> m_dialog;
};

} // namespace Ids::Widgets
