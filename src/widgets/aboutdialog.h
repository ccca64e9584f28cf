#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Ids::Widgets {

// Help → About: what the app is (and that Ideogram does not make it), its version, the Qt it was built with and
// runs on, and the licences of the app, Qt and QtKeychain with their full texts. The texts are compiled into the
// program (resources/licences/), so every package carries them: the .deb, and the Windows and macOS bundles that
// also carry Qt and QtKeychain themselves (LGPL-3 §4 and BSD-2-Clause ask for the texts to go with the binaries).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The version of QtKeychain this app was built with (no run-time query exists).
    static QString qtKeychainVersion();

private:
    void showLicence(int row);

    QLabel *m_versionLabel;
    QLabel *m_qtVersionLabel;
    QListWidget *m_licenceList;
    QLabel *m_licenceNote;
    QPlainTextEdit *m_licenceText;
};

} // namespace Ids::Widgets
