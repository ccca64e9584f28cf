#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace Ids::Widgets {

// Help → Getting Started: the five steps from a folder of photos to images made with one's own model (a key,
// a dataset, images with captions, a training, generating), each with a picture of the app itself
// (resources/help/), and why captions and 15 or more varied images matter. Every word goes through tr().
// Links in it open Ideogram's API dashboard (Get an API Key…) or run the app's own actions.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    // The pictures the text shows, as resource paths (for tests: each must load).
    static QStringList pictures();
    // The text shown, as HTML built from translated sentences.
    static QString html();

Q_SIGNALS:
    // A link asked for the sandbox ("try it without an account").
    void sandboxRequested();

private:
    void onAnchorClicked(const QUrl &url);

    QTextBrowser *m_browser;
};

// Where Ideogram's API keys are made: its API dashboard, whose sidebar has API Keys (api-contract.md §8;
// Ideogram's "API Setup" page names https://ideogram.ai/platform).
QUrl apiKeysPageUrl();
// Opens that page in the desktop's web browser (QDesktopServices). False when no browser could be started.
bool openApiKeysPage();

} // namespace Ids::Widgets
