#include "describedialog.h"

#include "tone.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ids::Widgets {

DescribeDialog::DescribeDialog(int images, const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_images(images)
    , m_accountName(accountName)
    , m_text(new QLabel(this))
    , m_price(new QLabel(this))
    , m_structured(
          new QCheckBox(tr("Write &structured Ideogram 4.0 captions (.json files) instead of plain text"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("describeDialog"));
    setWindowTitle(tr("Caption with Ideogram"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setText(tr("Ideogram looks at each image and writes a caption for it. The captions arrive as drafts "
                       "marked “from Ideogram”: read and change them before you upload.\n\nImages: %n.",
                       "", images));
    m_price->setObjectName(QStringLiteral("describePriceLabel"));
    m_price->setTextFormat(Qt::PlainText);
    m_price->setWordWrap(true);
    m_structured->setObjectName(QStringLiteral("describeStructuredBox"));
    m_structured->setToolTip(tr("A structured caption lists the picture's parts, background and tags. Plain text "
                                "is what most trainings expect."));
    m_caption = m_buttons->addButton(tr("&Caption %n Image(s)", "", images), QDialogButtonBox::AcceptRole);
    m_caption->setObjectName(QStringLiteral("describeCaptionButton"));
    m_caption->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_structured);
    layout->addWidget(m_price);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(520, 260);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_structured, &QCheckBox::toggled, this, [this](bool on) {
        captionButton()->setEnabled(false);
        m_price->setPalette(QPalette());
        m_price->setText(tr("Asking Ideogram for the price…"));
        Q_EMIT quoteRequested(on);
    });
    m_price->setText(tr("Asking Ideogram for the price…"));
}

bool DescribeDialog::structured() const
{
    return m_structured->isChecked();
}

void DescribeDialog::setQuote(const std::optional<Core::PriceQuote> &quote, const Core::ApiError &error)
{
    m_price->setPalette(QPalette());
    if (quote) {
        const QString each = Core::PriceQuote::formatUsd(quote->usdMicros);
        const QString all = Core::PriceQuote::formatUsd(quote->usdMicrosFor(m_images));
        const QString estimate =
            quote->qualifier == Core::PriceQuote::Qualifier::Exact ? QString() : tr(" (an estimate)");
        // The sandbox (no account name) bills nobody, and says so rather than naming itself as the payer.
        m_price->setText(
            m_accountName.isEmpty()
                ? tr("Ideogram's price: %1 per image, %2 for %n image(s)%3. Nothing is billed in the sandbox.", "",
                     m_images)
                      .arg(each, all, estimate)
                : tr("Ideogram's price: %1 per image, %2 for %n image(s)%3. Billed to the account “%4”.", "", m_images)
                      .arg(each, all, estimate, m_accountName));
        captionButton()->setEnabled(true);
        return;
    }
    const bool refusedQuote = error.kind == Core::ApiError::Kind::BadRequest
        || error.kind == Core::ApiError::Kind::NotFound || error.kind == Core::ApiError::Kind::Unprocessable
        || !error.isError();
    if (refusedQuote) {
        // The operation gives no quote: say what is known and let the user decide.
        m_price->setText(m_accountName.isEmpty()
                             ? tr("Ideogram gave no price for this. Nothing is billed in the sandbox.")
                             : tr("Ideogram gave no price for this. Describe is billed per image (%n image(s) here), "
                                  "to the account “%1”.",
                                  "", m_images)
                                   .arg(m_accountName));
        captionButton()->setEnabled(true);
        return;
    }
    m_price->setText(error.headline());
    applyErrorText(m_price);
}

} // namespace Ids::Widgets
