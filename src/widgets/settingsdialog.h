#pragma once

#include <core/api/apierror.h>
#include <core/validation/baseurl.h>

#include <QDialog>
#include <QUrl>

#include <memory>

class QLineEdit;
class QPushButton;
class QLabel;

namespace Ids::Core {
class AppSettings;
class KeyChecker;
class SecretStore;
} // namespace Ids::Core

namespace Ids::Widgets {

namespace Ui {
class SettingsDialog;
}

// The API key and address. Opened with open(), never exec(). A saved key is never shown again, not even
// masked in the field: the field stays empty and its placeholder names the last four characters
// (reliability-rules.md R19). Nothing is stored until Save.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Core::SecretStore *secrets, Core::KeyChecker *checker, Core::AppSettings *settings,
                   const QUrl &currentBaseUrl, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // In the sandbox the address is the local server's, fixed for the run.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    QLineEdit *apiKeyLineEdit() const;
    QLineEdit *baseUrlLineEdit() const;
    QPushButton *saveButton() const;
    QPushButton *testKeyButton() const;
    QPushButton *showKeyButton() const;
    QLabel *keyMessageLabel() const;
    QLabel *testResultLabel() const;
    QLabel *persistenceNoteLabel() const;

    void done(int result) override;

Q_SIGNALS:
    // key is empty when the user kept the saved key.
    void settingsSaved(const QString &key, const QUrl &baseUrl);

private:
    void refreshSavedKey();
    Core::BaseUrl::Check checkBaseUrlField() const;
    void updateState();
    void setAdvancedVisible(bool visible);
    void fitHeight();
    void scheduleFitHeight();
    void testKey();
    void onChecked(const Ids::Core::ApiError &error);
    void save();
    enum class Outcome { Pending, Good, Bad };
    void setTestResult(const QString &text, Outcome outcome);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Core::SecretStore *m_secrets;
    Core::KeyChecker *m_checker;
    Core::AppSettings *m_settings;
    QUrl m_currentBaseUrl;
    bool m_locked = false;
    bool m_checking = false;
};

} // namespace Ids::Widgets
