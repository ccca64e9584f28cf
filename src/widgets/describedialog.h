#pragma once

#include <core/api/apierror.h>
#include <core/types/pricequote.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Ids::Widgets {

// Asks before captions are bought from Ideogram (issue 15 item 3): how many images, the price Ideogram quotes
// for them (or that describe is billed per image when it gives no quote), whose account pays, and whether
// to write structured 4.0 captions (.json) instead of plain text. The sheet asks for the quote
// (quoteRequested) and passes the answer in (setQuote); Caption stays disabled until then.
class DescribeDialog final : public QDialog
{
    Q_OBJECT
public:
    // accountName: who pays (the account's billing name); empty for the sandbox, which bills nobody.
    DescribeDialog(int images, const QString &accountName, QWidget *parent = nullptr);

    bool structured() const;
    void setQuote(const std::optional<Core::PriceQuote> &quote, const Core::ApiError &error);
    QPushButton *captionButton() const { return m_caption; }

Q_SIGNALS:
    void quoteRequested(bool structured);

private:
    int m_images;
    QString m_accountName;
    QLabel *m_text;
    QLabel *m_price;
    QCheckBox *m_structured;
    QDialogButtonBox *m_buttons;
    QPushButton *m_caption;
};

} // namespace Ids::Widgets
