#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <chrono>
#include <optional>

namespace Ids::Core {

struct SkippedRow;

// What went wrong with one API call, in terms a window can act on. Widgets never look at
// QNetworkReply::NetworkError; they read kind(), headline() and details().
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Ids::Core::ApiError)
public:
    enum class Kind {
        None,
        Offline,
        HostNotFound,
        ConnectionRefused,
        ConnectionLost, // reset or closed by the server, possibly after it applied the request
        Tls,
        Timeout,
        Cancelled,
        Redirect,
        BadRequest, // 400
        Unauthorized, // 401
        PaymentRequired, // 402
        Forbidden, // 403
        NotFound, // 404
        PayloadTooLarge, // 413
        Unprocessable, // 422
        RateLimited, // 429
        Server, // 5xx
        UnexpectedStatus,
        NotJson, // HTML, plain text or an empty body where JSON was expected
        BadShape, // JSON, but not the shape the API documents (also truncated JSON)
        Network, // any other transport failure
        LocalFile, // a file to upload could not be read or changed after review: nothing was sent
        ProxyAuthRequired, // 407: the proxy wants a user name and password; nothing reached Ideogram
        ProxyUnreachable, // the proxy refused the connection or its name is unknown; nothing was sent
    };

    // Why a secure connection was refused (Kind::Tls), from the certificate errors Qt reported or, for
    // the protocol, from OpenSSL's handshake error. Each has its own sentence (reliability-rules.md R16).
    enum class TlsProblem { Unknown, SelfSigned, Expired, HostMismatch, UnknownIssuer, OldProtocol };

    // What the failed call was, where that changes the sentence: a generation (a 422 is the safety check
    // refusing the prompt, a 402 the balance not covering the images), or the expiring address of a
    // generated image (another host, no key: a 403 there means the link expired, not that the key is
    // refused). Everything else is Api.
    enum class Source { Api, Generation, ImageAddress };

    // Whether a create may have reached the server (reliability-rules.md R6): decides between an automatic
    // re-send (NotSent) and reconciliation (MaybeApplied).
    enum class Delivery { NotSent, Rejected, MaybeApplied };

    Kind kind = Kind::None;
    Source source = Source::Api;
    int httpStatus = 0;
    QString serverMessage; // text from the server's body, shown as plain text
    QString rejectReason; // 402/429 "reject_reason"
    std::optional<std::chrono::milliseconds> retryAfter;
    QByteArray method;
    QString path;
    QDateTime time;
    QString technical; // Qt's error string or the parser's complaint: for the Details area only
    bool offlineHint = false;
    TlsProblem tlsProblem = TlsProblem::Unknown;
    QString proxy; // "host:port" of the proxy in the way, for the proxy kinds

    bool isError() const { return kind != Kind::None; }
    Delivery delivery() const;
    bool isTransient() const; // worth retrying for a read (reliability-rules.md R1)
    // No answer came from Ideogram at all (offline, no such host, refused, cut off, timed out): what the app
    // shows from Ideogram is then unknown, not empty.
    bool isUnreachable() const;

    QString headline() const; // one translated sentence with the next step (this file is the one error map)
    QString details() const; // method, path, status, time, technical text; never headers

    // Stable English identifier of the kind, for logs and tests.
    static QString kindName(Kind kind);
};

// The per-file outcomes of an upload that are not a failed request of their own, in the same map.
namespace UploadFileText {
// A file listed in the answer's failed_assets (api-contract.md §3); an unknown reason is named as sent.
QString refused(const QString &failureReason);
// The answer was lost and asking Ideogram what arrived failed too.
QString unconfirmed();
// The answer did not mention the file and the dataset does not hold it.
QString notStored();
QString cancelled();
} // namespace UploadFileText

// The per-image outcomes of describe (issue 15 item 3; describetext.cpp).
namespace DescribeText {
// The answer was lost: Ideogram may have described and billed the image; the app does not ask again by itself.
QString lost();
QString tooLarge(); // over DescribeJob::MaxImageBytes
QString unreadable(); // the file could not be read
} // namespace DescribeText

// What the user is told about entries of an answer that could not be read and were left out (SkippedRow).
namespace SkippedRowsText {
// One quiet line, such as "1 dataset from Ideogram could not be read". Empty for no rows.
QString line(const QList<SkippedRow> &rows);
// For Details: each entry's list, place and what was wrong (field names, never values or the key).
QString details(const QList<SkippedRow> &rows);
} // namespace SkippedRowsText

// What the user is told when the system keychain cannot keep the key (SecretStore). The key typed stays for
// this run in every case; nothing is ever written in plain text instead.
namespace KeychainText {
QString unavailable(); // no keychain on this system
QString refused(); // locked and not unlocked, or access denied: "Try again" asks once more
QString timedOut(); // no answer in time: "Try again" asks once more
} // namespace KeychainText

// The facts of one finished reply, gathered by the job so the mapping below is a pure function.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfterHeader;
    bool timedOut = false;
    bool cancelled = false;
    bool requestBytesSent = false;
    bool offline = false;
    QList<QSslError::SslError> sslErrors; // the certificate errors Qt reported (never ignored)
    QString proxy; // "host:port" of the proxy the request went to, when it went to one
    QByteArray method;
    QString path;
    QDateTime time;
};

// Turns the facts of a failed reply into an ApiError. A 2xx reply with no network error gives Kind::None;
// the job then parses the body and may report BadShape or NotJson itself through bodyError().
ApiError mapReply(const ReplyFacts &facts);
ApiError bodyError(const ReplyFacts &facts, ApiError::Kind kind, const QString &technical);

// The server's message from an error body: JSON keys error, message, detail, else short plain text.
QString extractServerMessage(const QByteArray &body, const QByteArray &contentType);

} // namespace Ids::Core
