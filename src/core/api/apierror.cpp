#include "apierror.h"

#include "../types/skippedrow.h"
#include "../types/uploadsummary.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace Ids::Core {

ApiError::Delivery ApiError::delivery() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::Tls:
    case Kind::RateLimited: // Ideogram: a rejected request does not run
        return Delivery::NotSent;
    case Kind::LocalFile:
    case Kind::ProxyAuthRequired: // the proxy answered for itself: nothing went on to Ideogram
    case Kind::ProxyUnreachable:
        return Delivery::NotSent;
    case Kind::BadRequest:
    case Kind::Unauthorized:
    case Kind::PaymentRequired:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::PayloadTooLarge:
    case Kind::Unprocessable:
    case Kind::Redirect:
        return Delivery::Rejected;
    default:
        return Delivery::MaybeApplied;
    }
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Network:
        return true;
    case Kind::HostNotFound:
        return !offlineHint;
    case Kind::UnexpectedStatus:
        return httpStatus == 408;
    case Kind::NotJson:
        return httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isUnreachable() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

namespace {

// A generated image's address is another host and expires within minutes (api-contract.md §5.1): what went
// wrong there is told in terms of that address, and the way out is always to generate again.
QString imageAddressHeadline(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return ApiError::tr("Cancelled.");
    case Kind::Redirect:
        if (error.httpStatus == 0)
            return ApiError::tr("Ideogram gave an address this app does not download from.");
        break;
    case Kind::BadShape:
    case Kind::NotJson:
        return ApiError::tr("What was downloaded is not an image.");
    case Kind::Offline:
        return ApiError::tr("This computer went offline before the image arrived. Generate again to get it.");
    case Kind::Timeout:
        return ApiError::tr("The image did not arrive in time. Generate again to get it.");
    default:
        break;
    }
    if (error.httpStatus > 0)
        return ApiError::tr("The image could not be downloaded (HTTP %1): its address may have expired. Generate "
                            "again to get it.")
            .arg(error.httpStatus);
    return ApiError::tr("The image could not be downloaded (the connection failed). Generate again to get it.");
}

} // namespace

namespace {

// A certificate or protocol the app refuses (reliability-rules.md R16): nothing was sent, the key included,
// and there is no way to go on anyway.
QString tlsHeadline(ApiError::TlsProblem problem)
{
    using Problem = ApiError::TlsProblem;
    switch (problem) {
    case Problem::SelfSigned:
        return ApiError::tr("The connection is not private: the server showed a certificate it made for itself, "
                            "so someone may be intercepting it. Nothing was sent. Check the API address "
                            "(File ▸ Accounts…, under Advanced), or try another network.");
    case Problem::Expired:
        return ApiError::tr("The connection is not private: the server's certificate has expired or is not "
                            "valid yet. Nothing was sent. Check that this computer's date and time are right, "
                            "then try again.");
    case Problem::HostMismatch:
        return ApiError::tr("The connection is not private: the server showed a certificate for another "
                            "address, so someone may be intercepting it. Nothing was sent. Check the API "
                            "address (File ▸ Accounts…, under Advanced), or try another network.");
    case Problem::UnknownIssuer:
        return ApiError::tr("The connection is not private: the server's certificate comes from an authority "
                            "this computer does not trust, so someone may be intercepting it. Nothing was sent. "
                            "Try another network, or ask the network's administrator.");
    case Problem::OldProtocol:
        return ApiError::tr("The server only offers an old, unsafe kind of secure connection, so nothing was "
                            "sent. Check the API address (File ▸ Accounts…, under Advanced); a device on your network "
                            "may be in the way.");
    case Problem::Unknown:
        break;
    }
    return ApiError::tr(
        "The server's security certificate could not be verified, so nothing was sent. Check the "
        "API address (File ▸ Accounts…, under Advanced) and your network (some office or hotel networks interfere).");
}

} // namespace

QString SkippedRowsText::line(const QList<SkippedRow> &rows)
{
    if (rows.isEmpty())
        return {};
    const int n = int(rows.size());
    const SkippedRow::List list = rows.constFirst().list;
    const bool oneList =
        std::all_of(rows.cbegin(), rows.cend(), [list](const SkippedRow &row) { return row.list == list; });
    if (!oneList)
        return ApiError::tr("%n entry(s) from Ideogram could not be read", "", n);
    switch (list) {
    case SkippedRow::List::Datasets:
        return ApiError::tr("%n dataset(s) from Ideogram could not be read", "", n);
    case SkippedRow::List::Models:
        return ApiError::tr("%n model(s) from Ideogram could not be read", "", n);
    case SkippedRow::List::TrainingRuns:
        return ApiError::tr("%n training step(s) from Ideogram could not be read", "", n);
    case SkippedRow::List::DatasetFiles:
        return ApiError::tr("%n file(s) of this dataset could not be read from Ideogram", "", n);
    case SkippedRow::List::DatasetModels:
        return ApiError::tr("%n model(s) of this dataset could not be read from Ideogram", "", n);
    case SkippedRow::List::UploadedFiles:
    case SkippedRow::List::FailedFiles:
        return ApiError::tr("%n file result(s) from Ideogram could not be read; those files were looked up in "
                            "the dataset instead",
                            "", n);
    case SkippedRow::List::Images:
        return ApiError::tr("%n image(s) from Ideogram could not be read", "", n);
    }
    return {};
}

QString SkippedRowsText::details(const QList<SkippedRow> &rows)
{
    QStringList lines;
    for (const SkippedRow &row : rows) {
        QString list;
        switch (row.list) {
        case SkippedRow::List::Datasets:
            list = ApiError::tr("Dataset list");
            break;
        case SkippedRow::List::Models:
            list = ApiError::tr("Model list");
            break;
        case SkippedRow::List::TrainingRuns:
            list = ApiError::tr("Training steps");
            break;
        case SkippedRow::List::DatasetFiles:
            list = ApiError::tr("Files of the dataset");
            break;
        case SkippedRow::List::DatasetModels:
            list = ApiError::tr("Models of the dataset");
            break;
        case SkippedRow::List::UploadedFiles:
            list = ApiError::tr("Files stored by the upload");
            break;
        case SkippedRow::List::FailedFiles:
            list = ApiError::tr("Files refused by the upload");
            break;
        case SkippedRow::List::Images:
            list = ApiError::tr("Generated images");
            break;
        }
        lines << ApiError::tr("%1, entry %2: %3").arg(list).arg(row.position).arg(row.problem);
    }
    return lines.join(QLatin1Char('\n'));
}

QString KeychainText::unavailable()
{
    return ApiError::tr("Your system keychain is not available, so the key will be kept only until you close the app.");
}

QString KeychainText::refused()
{
    return ApiError::tr("Your keychain is locked and was not unlocked, so the key is kept only until you close the "
                        "app. Choose Try again and unlock it when asked.");
}

QString KeychainText::timedOut()
{
    return ApiError::tr("Your keychain did not answer in time, so the key is kept only until you close the app. "
                        "Choose Try again; if it asks for a password, enter it.");
}

QString UploadFileText::refused(const QString &reason)
{
    if (reason == FailureReason::FailedSafetyCheck)
        return ApiError::tr("Ideogram's safety check rejected this image. Remove it or use another image.");
    if (reason == FailureReason::FileTooLarge)
        return ApiError::tr("Ideogram found this file too large. Make it smaller (under 10 MB) and add it again.");
    if (reason == FailureReason::InternalError)
        return ApiError::tr("Ideogram had a problem storing this file. Use Retry failed to send it again.");
    if (reason == FailureReason::InvalidCaption)
        return ApiError::tr("Ideogram could not read this caption. Save it as plain UTF-8 text and add it again.");
    if (reason == FailureReason::InvalidCaptionJson)
        return ApiError::tr(
            "This caption is not a valid structured caption. Fix the file, or use a plain .txt caption.");
    if (reason == FailureReason::InvalidImage)
        return ApiError::tr("Ideogram could not read this image. Check that it opens, save it as JPEG, PNG or WebP "
                            "and add it again.");
    if (reason == FailureReason::InvalidZip)
        return ApiError::tr("Ideogram could not read this ZIP file. Create the archive again and add it.");
    if (reason == FailureReason::TooManyImages)
        return ApiError::tr("The dataset is full: it holds at most 100 images. Remove some images from this upload.");
    if (reason.isEmpty()) // a failed file with a null reason, as in Ideogram's own example
        return ApiError::tr("Ideogram rejected this file without saying why. Check that it opens, then use Retry "
                            "failed to send it again.");
    return ApiError::tr("Ideogram rejected this file (%1).").arg(reason);
}

QString UploadFileText::unconfirmed()
{
    return ApiError::tr("The connection broke during the upload, and Ideogram could not be asked what arrived. "
                        "Open the dataset to check, or use Retry failed.");
}

QString UploadFileText::notStored()
{
    return ApiError::tr("Ideogram did not store this file and gave no reason. Use Retry failed to send it again.");
}

QString UploadFileText::cancelled()
{
    return ApiError::tr("Cancelled.");
}

QString ApiError::headline() const
{
    if (source == Source::ImageAddress)
        return imageAddressHeadline(*this);
    if (source == Source::Generation && kind == Kind::Unprocessable)
        return tr("Ideogram's safety check refused this prompt. Change the wording and try again.");
    if (source == Source::Generation && kind == Kind::PaymentRequired)
        return tr("Your Ideogram balance does not cover these images. Top up in the Ideogram dashboard, then "
                  "generate again.");
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return tr("You are offline. Connect to the internet, then try again.");
    case Kind::HostNotFound:
        return tr("The Ideogram server could not be found. Check your internet connection and the API address "
                  "(File ▸ Accounts…, under Advanced), then try again.");
    case Kind::ConnectionRefused:
        return tr("The Ideogram server refused the connection. Try again in a few minutes; if it keeps "
                  "happening, check the API address (File ▸ Accounts…, under Advanced).");
    case Kind::ConnectionLost:
        return tr("The connection to Ideogram broke off before an answer arrived. Try again.");
    case Kind::Tls:
        return tlsHeadline(tlsProblem);
    case Kind::Timeout:
        return tr("Ideogram did not answer in time. Check your connection, then try again.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Redirect:
        return tr("The server tried to send the request elsewhere, which this app does not allow with your key. "
                  "Check the API address (File ▸ Accounts…, under Advanced).");
    case Kind::BadRequest:
        return serverMessage.isEmpty()
            ? tr("Ideogram refused the request as invalid. Check what you entered and try again.")
            : tr("Ideogram refused the request: %1").arg(serverMessage);
    case Kind::Unauthorized:
        return tr("Ideogram rejected this key. Open File ▸ Accounts… and paste a valid API key.");
    case Kind::PaymentRequired:
        return rejectReason.isEmpty()
            ? tr("Your Ideogram balance or plan does not cover this. Top up or change your plan in the Ideogram "
                 "dashboard, then try again.")
            : tr("Your Ideogram balance or plan does not cover this (%1). Top up or change your plan in the "
                 "Ideogram dashboard, then try again.")
                  .arg(rejectReason);
    case Kind::Forbidden:
        return tr("This key is not allowed to do this. Check your Ideogram plan, or use a key of the account "
                  "that owns the dataset.");
    case Kind::NotFound:
        return tr("Ideogram does not know this item. It may belong to another account; refresh the list.");
    case Kind::PayloadTooLarge:
        return tr("The upload is too large for Ideogram. Send fewer or smaller files at a time.");
    case Kind::Unprocessable:
        return serverMessage.isEmpty() ? tr("Ideogram could not process this request. Change it and try again.")
                                       : tr("Ideogram could not process this request: %1").arg(serverMessage);
    case Kind::RateLimited:
        if (retryAfter) {
            const qint64 seconds = (retryAfter->count() + 999) / 1000;
            return tr("Ideogram is busy with other work of your account. Wait %n second(s), then try again.", "",
                      int(seconds));
        }
        return tr("Ideogram is busy with other work of your account. Wait a minute, then try again.");
    case Kind::Server:
        return tr("Ideogram had a problem on its side (error %1). Try again in a few minutes.").arg(httpStatus);
    case Kind::UnexpectedStatus:
        return tr("Ideogram gave an answer this app does not understand (status %1). Try again later.").arg(httpStatus);
    case Kind::NotJson:
        return tr("The server sent a web page or an empty answer instead of data. A network proxy or login page "
                  "may be in the way; check your connection and try again.");
    case Kind::BadShape:
        return tr("Ideogram's answer was incomplete or in an unexpected form. Try again; if it keeps happening, "
                  "this app may need an update.");
    case Kind::Network:
        return tr("A network error stopped the request. Check your connection, then try again.");
    case Kind::LocalFile:
        return tr("A file could not be read, or changed after you reviewed it, so nothing was sent. Add the "
                  "files again.");
    case Kind::ProxyAuthRequired:
        return proxy.isEmpty()
            ? tr("The proxy needs a user name and password, so nothing was sent. Enter them, then try again.")
            : tr("The proxy %1 needs a user name and password, so nothing was sent. Enter them, then try again.")
                  .arg(proxy);
    case Kind::ProxyUnreachable:
        return proxy.isEmpty()
            ? tr("The proxy server set on this computer does not answer, so nothing was sent. Check the proxy "
                 "settings of your system, or ask whoever runs the proxy.")
            : tr("The proxy %1 set on this computer does not answer, so nothing was sent. Check the proxy "
                 "settings of your system, or ask whoever runs the proxy.")
                  .arg(proxy);
    }
    return {};
}

QString ApiError::details() const
{
    QStringList lines;
    lines << tr("Request: %1 %2").arg(QString::fromLatin1(method), path);
    lines << tr("Status: %1").arg(httpStatus > 0 ? QString::number(httpStatus) : tr("no answer"));
    lines << tr("Time: %1").arg(QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
    lines << tr("Category: %1").arg(kindName(kind));
    if (!proxy.isEmpty())
        lines << tr("Proxy: %1").arg(proxy);
    if (!rejectReason.isEmpty())
        lines << tr("Reason: %1").arg(rejectReason);
    if (!serverMessage.isEmpty())
        lines << tr("Server said: %1").arg(serverMessage);
    if (!technical.isEmpty())
        lines << tr("Technical detail: %1").arg(technical);
    return lines.join(QLatin1Char('\n'));
}

QString ApiError::kindName(Kind kind)
{
    // In the order of Kind: stable English names for logs and tests.
    static const char *const names[] = {
        "none",
        "offline",
        "host-not-found",
        "connection-refused",
        "connection-lost",
        "tls",
        "timeout",
        "cancelled",
        "redirect",
        "bad-request",
        "unauthorized",
        "payment-required",
        "forbidden",
        "not-found",
        "payload-too-large",
        "unprocessable",
        "rate-limited",
        "server",
        "unexpected-status",
        "not-json",
        "bad-shape",
        "network",
        "local-file",
        "proxy-auth-required",
        "proxy-unreachable",
    };
    static_assert(std::size(names) == std::size_t(Kind::ProxyUnreachable) + 1, "one name per kind");
    const auto index = std::size_t(kind);
    return index < std::size(names) ? QLatin1String(names[index]) : QStringLiteral("unknown");
}

} // namespace Ids::Core
