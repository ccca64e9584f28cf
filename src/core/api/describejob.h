#pragma once

#include "../types/pricequote.h"
#include "jsonjob.h"

namespace Ids::Core {

// What a describe call answered (api-contract.md §11, §10): a price quote (asked with ?dry_run=true),
// or a caption: the first description's text (POST /describe), or the structured 4.0 prompt as compact JSON
// (POST /v1/ideogram-v4/describe, `json_prompt`).
struct DescribeAnswer
{
    std::optional<PriceQuote> quote;
    QString text;
    bool structured = false;

    // Whichever shape the body has: a quote, {descriptions: [{text}]} with a non-empty text, or {json_prompt: {…}}.
    static std::optional<DescribeAnswer> fromJson(const QJsonObject &object, QString *error);
};

// One describe of one image (multipart/form-data, the image as `image_file`). Billed per image unless
// dryRun: never retried by the base job (a POST) and never re-sent by its caller after an answer that may
// have been lost (reliability-rules.md R9; DescribeService).
class DescribeJob final : public JsonJob<DescribeAnswer>
{
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 10LL * 1024 * 1024; // api-contract.md §11: describe takes images up to 10 MB

    // image: the file's bytes (JPEG, PNG or WebP); fileName: as sent in the part; structured: the 4.0
    // operation; dryRun: ask for the price only (nothing run, nothing billed).
    DescribeJob(ApiClient *client, const QByteArray &image, const QString &fileName, const QByteArray &mimeType,
                bool structured, bool dryRun, QObject *parent = nullptr);
    const DescribeAnswer &answer() const { return result(); }
};

} // namespace Ids::Core
