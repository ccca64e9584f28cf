#pragma once

#include "../types/generation.h"
#include "../types/pricequote.h"
#include "jsonjob.h"
#include "multipartbody.h"

namespace Ids::Core {

// What one call to a generation endpoint sends (api-contract.md §9.3): the path and a JSON body, or for a remix
// the same fields as multipart text parts beside the image file, streamed from disk when the request leaves (no
// file is read on the GUI thread, reliability-rules.md R34). dryRun adds ?dry_run=true: only a price quote (§10).
struct GenerationCall
{
    ApiRequest request;
    QList<MultipartBody::Part> parts; // empty: request.body is the JSON body

    static GenerationCall of(const GenerationOrder &order, const ApiClient *client, bool dryRun);
    // The streamed multipart body; nullptr and the reason when the image cannot be sent.
    QIODevice *makeBody(QString *problem) const;
};

// The shared body of the generation jobs: the call's request, and its multipart body made at send time.
template<typename T> class GenerationCallJob : public JsonJob<T>
{
public:
    // The answer of a job that succeeded.
    const T &answer() const { return this->result(); }

protected:
    GenerationCallJob(ApiClient *client, GenerationCall call, const char *what, typename JsonJob<T>::Reader reader,
                      QObject *parent)
        : JsonJob<T>(client, call.request, what, reader, parent)
        , m_call(std::move(call))
    { }

    QIODevice *makeBody() override
    {
        if (m_call.parts.isEmpty())
            return nullptr;
        QString problem;
        auto *body = qobject_cast<MultipartBody *>(m_call.makeBody(&problem));
        if (!body) {
            this->failBeforeSending(problem);
            return nullptr;
        }
        this->setContentType(body->contentType());
        return body;
    }

private:
    GenerationCall m_call;
};

// POST /v2/image/generate/ideogram-4-custom-model (E9, JSON). Billed per image: never re-sent by itself.
class Generate4Job final : public GenerationCallJob<GenerationResponse>
{
    Q_OBJECT
public:
    Generate4Job(ApiClient *client, const Generation4Request &request, QObject *parent = nullptr);
    const GenerationResponse &response() const { return result(); }
};

// POST /v2/image/generate/ideogram-3-custom-model (E10, JSON). Billed per image: never re-sent by itself.
class Generate3Job final : public GenerationCallJob<GenerationResponse>
{
    Q_OBJECT
public:
    // request.remix must be empty (a remix is Remix3Job's).
    Generate3Job(ApiClient *client, const Generation3Request &request, QObject *parent = nullptr);
    const GenerationResponse &response() const { return result(); }
};

// POST /v2/image/remix/ideogram-3-custom-model (E11, multipart with the image). Billed per image: never re-sent
// by itself. The image is checked again when the request leaves: a file gone or over 50 MB is not sent.
class Remix3Job final : public GenerationCallJob<GenerationResponse>
{
    Q_OBJECT
public:
    // request.remix must be set.
    Remix3Job(ApiClient *client, const Generation3Request &request, QObject *parent = nullptr);
    const GenerationResponse &response() const { return result(); }
};

// The same request as the job that would make the images, with ?dry_run=true: a price quote, nothing made or
// billed (api-contract.md §10). Retried like a read (reliability-rules.md R36).
class PriceQuoteJob final : public GenerationCallJob<PriceQuote>
{
    Q_OBJECT
public:
    PriceQuoteJob(ApiClient *client, const GenerationOrder &order, QObject *parent = nullptr);
    const PriceQuote &quote() const { return result(); }
};

// The job that makes the images of this order (Generate4Job, Generate3Job or Remix3Job), not started.
GenerationCallJob<GenerationResponse> *makeGenerationJob(ApiClient *client, const GenerationOrder &order,
                                                         QObject *parent);

} // namespace Ids::Core
