#include "gettingstarted.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Ids::Widgets {

namespace {

const QString GetKeyLink = QStringLiteral("ids:get-api-key");
const QString SandboxLink = QStringLiteral("ids:sandbox");

struct Step
{
    QString title;
    QString text;
    QString picture;
    QString alt;
};

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

QUrl apiKeysPageUrl()
{
    return QUrl(QStringLiteral("https://ideogram.ai/platform"));
}

bool openApiKeysPage()
{
    return QDesktopServices::openUrl(apiKeysPageUrl());
}

QStringList GettingStartedDialog::pictures()
{
    return {QStringLiteral(":/help/step1-key.png"), QStringLiteral(":/help/step2-dataset.png"),
            QStringLiteral(":/help/step3-images.png"), QStringLiteral(":/help/step4-train.png"),
            QStringLiteral(":/help/step5-generate.png")};
}

QString GettingStartedDialog::html()
{
    const QStringList pics = pictures();
    // Sentences are translated one by one and escaped; the links and markup around them are the app's own.
    const auto link = [](const QString &href, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
    };
    const QList<Step> steps {
        {tr("Get an API key"),
         tr("The app works with your Ideogram account through an API key. %1 opens Ideogram's API dashboard: "
            "choose Manage ▸ API Keys there, create a key and copy it (Ideogram shows it only once). Then paste it in "
            "File ▸ Accounts… and press Test key. Using the API is billed to your Ideogram account. No key yet? "
            "%2: a pretend Ideogram on this computer, where nothing is billed.")
             .toHtmlEscaped()
             .arg(link(GetKeyLink, tr("Get an API Key…")), link(SandboxLink, tr("Try the sandbox"))),
         pics.at(0), tr("The Accounts window with the API key field")},
        {tr("Create a dataset"),
         tr("A dataset is the set of pictures a model learns from. Type a name, for example “Summer shoes”, and "
            "press Enter. The dataset opens at once, ready for images.")
             .toHtmlEscaped(),
         pics.at(1), tr("A new dataset, opened, with its Add Images button")},
        {tr("Add images and captions"),
         tr("Press Add Images… or Add Folder…, or drop files on the dataset. A caption is a text file with the "
            "same name as its image (shoe-01.jpg and shoe-01.txt) that says what the picture shows. The review "
            "lists every file and what happens to it before anything is sent; then press Upload.")
             .toHtmlEscaped(),
         pics.at(2), tr("The review of the files before they are sent")},
        {tr("Train a model"),
         tr("When the dataset holds at least 15 images, press Train Model…, name the model and confirm. The "
            "training is billed to your Ideogram account and takes a while; the Models page follows it and the "
            "app tells you when it is done.")
             .toHtmlEscaped(),
         pics.at(3), tr("A training followed on the Models page")},
        {tr("Make images"),
         tr("On the Models page, choose your model, describe the picture you want and press Generate. The "
            "images are saved in your Pictures folder, under Ideogram Datasets, with the prompt beside each.")
             .toHtmlEscaped(),
         pics.at(4), tr("Images made with a model of your own")},
    };

    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Getting Started").toHtmlEscaped());
    html += paragraph(
        tr("From a folder of photos to pictures made with a model of your own, in five steps.").toHtmlEscaped());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps.at(i);
        html += QStringLiteral("<h3>%1</h3>").arg(tr("%1. %2").arg(i + 1).arg(step.title).toHtmlEscaped());
        html += paragraph(step.text);
        html += QStringLiteral("<p><img src=\"%1\" alt=\"%2\"></p>").arg(step.picture, step.alt.toHtmlEscaped());
        if (i == 2) {
            html += QStringLiteral("<h4>%1</h4>")
                        .arg(tr("Why captions and 15 or more varied images matter").toHtmlEscaped());
            html += paragraph(
                tr("A model learns a style from what your pictures have in common, and learns the words for it "
                   "from their captions: with captions, the words of your prompt later bring out what you taught "
                   "it. Ideogram asks for at least 15 images. Vary the subjects, angles and light, so that the "
                   "model learns the style rather than one photo; near-duplicates and very small images (under "
                   "512 pixels) teach it little. The dataset's health line shows all of this at a glance.")
                    .toHtmlEscaped());
        }
    }
    return html;
}

namespace {
// The width of the pictures in resources/help (made at 480 px).
constexpr int PictureWidth = 480;
} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("gettingStartedDialog"));
    setWindowTitle(tr("Getting Started"));
    m_browser->setObjectName(QStringLiteral("gettingStartedBrowser"));
    m_browser->setAccessibleName(tr("Getting Started"));
    // Links are handled here: the app's own ("ids:") and Ideogram's pages, which open in the web browser.
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GettingStartedDialog::onAnchorClicked);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *getKey = buttons->addButton(tr("Get an API &Key…"), QDialogButtonBox::ActionRole);
    getKey->setObjectName(QStringLiteral("getApiKeyButton"));
    getKey->setAutoDefault(false);
    connect(getKey, &QPushButton::clicked, this, [] { openApiKeysPage(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Wide enough for the pictures (PictureWidth) with the page's margins, frame and scroll bar around them,
    // tall enough to read a step and its picture.
    const QMargins margins = layout->contentsMargins();
    const int pictureRoom = PictureWidth + 2 * int(m_browser->document()->documentMargin()) +
                            2 * m_browser->frameWidth() + m_browser->verticalScrollBar()->sizeHint().width() +
                            margins.left() + margins.right();
    resize(std::max(fontMetrics().averageCharWidth() * 80, pictureRoom), fontMetrics().lineSpacing() * 40);
}

void GettingStartedDialog::onAnchorClicked(const QUrl &url)
{
    if (url.toString() == GetKeyLink)
        openApiKeysPage();
    else if (url.toString() == SandboxLink)
        Q_EMIT sandboxRequested();
    else if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

} // namespace Ids::Widgets
