#include "generateflow.h"

#include "errorbanner.h"
#include "gallerypane.h"
#include "generatepanel.h"
#include "modelspage.h"

#include <core/accounts/account.h>
#include <core/services/familyprober.h>
#include <core/services/generationservice.h>
#include <core/services/pricequoter.h>
#include <core/settings/appsettings.h>
#include <core/storage/modelfamilystore.h>
#include <models/galleryimages.h>
#include <models/gallerymodel.h>
#include <models/modellistmodel.h>

#include <QFileDialog>
#include <QPlainTextEdit>
#include <QSet>
#include <QStandardPaths>

namespace Ids::Widgets {

GenerateFlow::GenerateFlow(Models::ModelListModel *models, ErrorBanner *banner, Core::AppSettings *settings,
                           QWidget *window)
    : QObject(window)
    , m_models(models)
    , m_banner(banner)
    , m_settings(settings)
    , m_window(window)
    , m_images(new Models::GalleryImages(this))
    , m_gallery(new Models::GalleryModel(m_images, this))
    , m_panel(new GeneratePanel)
    , m_galleryPane(new GalleryPane(m_gallery, m_images))
{
    if (m_settings)
        m_galleryPane->setThumbnailSize(m_settings->galleryThumbnailSize());
    connect(m_galleryPane, &GalleryPane::thumbnailSizeChanged, this, [this](int size) {
        if (m_settings)
            m_settings->setGalleryThumbnailSize(size);
    });
    connect(m_galleryPane, &GalleryPane::historyToggled, this, &GenerateFlow::loadGallery);
    connect(m_galleryPane, &GalleryPane::useSettingsRequested, this, &GenerateFlow::useSettings);
    connect(m_galleryPane, &GalleryPane::remixRequested, this, &GenerateFlow::remixFrom);
    connect(m_panel, &GeneratePanel::generateRequested, this, &GenerateFlow::generate);
    connect(m_panel, &GeneratePanel::optionsChanged, this, &GenerateFlow::requestQuote);
    connect(m_panel, &GeneratePanel::chooseRemixImageRequested, this, &GenerateFlow::chooseRemixFile);
    connect(m_panel, &GeneratePanel::cancelRequested, this, [this] {
        m_pendingModelId.clear();
        if (m_account && m_account->generation()->isBusy())
            m_account->generation()->cancel();
        else
            m_panel->setBusy(false, tr("Cancelled."));
    });
    // Any change to the list may change what can be stacked.
    connect(m_models, &QAbstractItemModel::modelReset, this, &GenerateFlow::refreshCandidates);
    connect(m_models, &QAbstractItemModel::rowsInserted, this, &GenerateFlow::refreshCandidates);
    connect(m_models, &QAbstractItemModel::dataChanged, this, &GenerateFlow::refreshCandidates);
}

void GenerateFlow::setPage(ModelsPage *page)
{
    m_page = page;
    connect(page, &ModelsPage::currentModelChanged, this, &GenerateFlow::onCurrentModelChanged);
}

void GenerateFlow::setAccount(Core::Account *account)
{
    if (account == m_account)
        return;
    delete m_binding;
    m_binding = nullptr;
    m_account = account;
    m_pendingModelId.clear();
    m_shownModelId.clear();
    // A generation of the account left goes on there, into its own folder; this page no longer waits for it.
    m_panel->setBusy(false);
    m_panel->clearPrice();
    m_galleryFolder.clear();
    if (account) {
        bind();
        if (account->generation()->isBusy())
            m_panel->setBusy(true, tr("Ideogram is making images…"));
    }
    showBilling();
    refreshCandidates();
    loadGallery();
}

void GenerateFlow::bind()
{
    m_binding = new QObject(this);
    Core::GenerationService *generation = m_account->generation();
    connect(generation, &Core::GenerationService::progressMessage, m_binding,
            [this](const QString &message) { m_panel->showMessage(message); });
    connect(generation, &Core::GenerationService::generationFinished, m_binding,
            [this](const Core::GenerationOutcome &outcome) { onGenerated(outcome); });
    connect(generation, &Core::GenerationService::generationFailed, m_binding,
            [this](const Core::ApiError &error) { onGenerationFailed(error); });
    Core::PriceQuoter *quoter = m_account->quoter();
    connect(quoter, &Core::PriceQuoter::quoting, m_binding, [this] { m_panel->showQuoting(); });
    connect(quoter, &Core::PriceQuoter::quoted, m_binding,
            [this](const Core::PriceQuote &quote) { m_panel->showQuote(quote); });
    connect(quoter, &Core::PriceQuoter::unavailable, m_binding, [this](const Core::ApiError &error) {
        m_panel->showNoQuote(tr("No price this time (%1) You can still generate.").arg(error.headline()));
    });
    Core::FamilyProber *prober = m_account->familyProber();
    connect(prober, &Core::FamilyProber::familyKnown, m_binding,
            [this](const QString &modelId) { onFamilyKnown(modelId); });
    connect(prober, &Core::FamilyProber::askFailed, m_binding,
            [this](const QString &modelId, const Core::ApiError &error) { onAskFailed(modelId, error); });
    connect(m_account, &Core::Account::keyChanged, m_binding, [this] { showBilling(); });
    connect(m_account, &Core::Account::infoChanged, m_binding, [this] { showBilling(); });
}

const Core::CustomModel *GenerateFlow::currentModel() const
{
    return m_page ? m_models->modelAt(m_models->rowOf(m_page->currentModelId())) : nullptr;
}

Core::ModelFamily GenerateFlow::familyOf(const QString &modelId) const
{
    return m_models->familyOf(modelId);
}

void GenerateFlow::showBilling()
{
    m_panel->setBilledTo(m_account ? m_account->billingName() : QString(), m_account && m_account->isSandbox());
}

void GenerateFlow::onCurrentModelChanged()
{
    const Core::CustomModel *model = currentModel();
    if (!model || !m_account)
        return;
    const bool otherModel = model->id != m_shownModelId;
    m_shownModelId = model->id;
    m_panel->setFolder(m_account->generation()->folderFor(*model));
    m_galleryPane->setRemixAvailable(familyOf(model->id) == Core::ModelFamily::V3);
    if (otherModel && !m_pendingModelId.isEmpty()) {
        // A Generate that waited for the previous model's family is dropped with a word, never left busy or sent
        // later with a model no longer shown.
        m_pendingModelId.clear();
        m_panel->setBusy(false,
                         tr("Nothing was sent: another model was chosen while Ideogram was asked which "
                            "version the first one is built on."));
    }
    if (otherModel) {
        if (!m_galleryPane->isHistory())
            loadGallery();
        // Not trained here and not known yet: asked now, this model first (api-contract.md §9.2).
        if (familyOf(model->id) == Core::ModelFamily::Unknown)
            m_account->familyProber()->checkNow(*model);
    }
    showFamilyNote();
    requestQuote();
}

void GenerateFlow::showFamilyNote()
{
    const Core::CustomModel *model = currentModel();
    if (!model || !m_account || familyOf(model->id) != Core::ModelFamily::Unknown || !model->canGenerate()) {
        m_panel->setFamilyNote({});
        return;
    }
    const int failures = m_account->familyProber()->failures(model->id);
    m_panel->setFamilyNote(failures == 0
                               ? tr("Asking Ideogram whether this model is built on Ideogram 4.0 or 3.0. Until then "
                                    "only the settings both share are offered.")
                               : tr("Ideogram did not say yet whether this model is built on Ideogram 4.0 or 3.0; the "
                                    "app asks again in a while. Generate asks once more before sending."));
}

void GenerateFlow::refreshCandidates()
{
    QList<StackCandidate> candidates;
    for (int row = 0; row < m_models->rowCount(); ++row) {
        const Core::CustomModel *model = m_models->modelAt(row);
        candidates.append({*model, familyOf(model->id)});
    }
    m_panel->setStackCandidates(candidates);
}

void GenerateFlow::requestQuote()
{
    if (!m_account)
        return;
    Core::PriceQuoter *quoter = m_account->quoter();
    const Core::CustomModel *model = currentModel();
    if (!model || !model->canGenerate()) {
        quoter->clear();
        m_panel->clearPrice();
        return;
    }
    std::optional<Core::GenerationOrder> order = m_panel->order();
    if (!order) {
        quoter->clear();
        m_panel->showNoQuote(tr("The price shows once the app knows which Ideogram version this model is built on."));
        return;
    }
    Core::Generation::basicsOf(*order).customModelUri = model->customModelUri;
    if (!m_panel->problem().isEmpty() || !Core::Generation::problemOf(*order).isEmpty()) {
        // Nothing Ideogram could price yet (no prompt, a refused stack entry): no quote is asked.
        quoter->clear();
        m_panel->showNoQuote(tr("Describe the image to see what it costs."));
        return;
    }
    quoter->want(*order);
}

void GenerateFlow::generate()
{
    const Core::CustomModel *model = currentModel();
    if (!model || !m_account)
        return;
    if (familyOf(model->id) == Core::ModelFamily::Unknown) {
        // The endpoint depends on the family: it is asked for first, never guessed (api-contract.md §9.2).
        m_pendingModelId = model->id;
        m_panel->setBusy(
            true, tr("Asking Ideogram which version “%1” is built on, then making the images…").arg(model->name));
        m_account->familyProber()->checkNow(*model);
        return;
    }
    const std::optional<Core::GenerationOrder> order = m_panel->order();
    if (!order)
        return;
    const int count = Core::Generation::basicsOf(*order).numImages;
    // Busy first: a request refused by the client itself fails before generate() returns.
    m_panel->setBusy(true, tr("Ideogram is making %n image(s)…", "", count));
    const QString refusal = m_account->generation()->generate(*model, *order);
    if (!refusal.isEmpty())
        m_panel->setBusy(false, refusal);
}

void GenerateFlow::onFamilyKnown(const QString &modelId)
{
    m_models->setFamily(modelId, m_account->familyStore()->family(modelId));
    if (modelId == m_pendingModelId && currentModel() && currentModel()->id == modelId) {
        m_pendingModelId.clear();
        m_panel->setBusy(false);
        generate();
    }
}

void GenerateFlow::onAskFailed(const QString &modelId, const Core::ApiError &error)
{
    if (currentModel() && currentModel()->id == modelId)
        showFamilyNote();
    if (modelId != m_pendingModelId)
        return;
    m_pendingModelId.clear();
    m_panel->setBusy(false,
                     tr("Nothing was sent: Ideogram did not say which version this model is built on (%1) "
                        "Try again in a moment.")
                         .arg(error.headline()));
}

void GenerateFlow::onGenerated(const Core::GenerationOutcome &outcome)
{
    QStringList parts;
    if (outcome.cancelled)
        parts << tr("Cancelled.");
    if (!outcome.savedPaths.isEmpty())
        parts << tr("Saved %n image(s).", "", int(outcome.savedPaths.size()));
    if (outcome.withheld > 0)
        parts << tr("%n image(s) withheld by Ideogram's safety check.", "", outcome.withheld);
    parts << outcome.failures;
    m_panel->setBusy(false, parts.isEmpty() ? tr("Ideogram returned no images.") : parts.join(QLatin1Char(' ')));
    if (m_galleryPane->isHistory() || m_shownModelId == outcome.modelId) {
        connect(m_gallery, &Models::GalleryModel::loaded, m_galleryPane, &GalleryPane::selectNewest,
                Qt::SingleShotConnection);
        m_gallery->reload();
    }
}

void GenerateFlow::onGenerationFailed(const Core::ApiError &error)
{
    m_panel->setBusy(false, error.headline());
    // A refused prompt, a balance or a cancel is said where the user looks; anything else also gets Details.
    const bool saidInPanel = error.kind == Core::ApiError::Kind::Unprocessable
        || error.kind == Core::ApiError::Kind::PaymentRequired || error.kind == Core::ApiError::Kind::Cancelled;
    if (!saidInPanel)
        m_banner->showError(error);
}

void GenerateFlow::loadGallery()
{
    if (!m_account) {
        m_galleryFolder.clear();
        m_gallery->setFolder({});
        return;
    }
    if (m_galleryPane->isHistory()) {
        QSet<QString> modelIds;
        for (int row = 0; row < m_models->rowCount(); ++row)
            modelIds.insert(m_models->modelAt(row)->id);
        m_galleryFolder.clear();
        m_gallery->setHistory(m_account->generation()->picturesRoot(), m_account->id(), modelIds);
        return;
    }
    const Core::CustomModel *model = currentModel();
    m_galleryFolder = model ? m_account->generation()->folderFor(*model) : QString();
    m_gallery->setFolder(m_galleryFolder);
}

void GenerateFlow::useSettings(const QJsonObject &sidecar)
{
    // The settings the image was asked with; a sidecar of the app before families holds them flat (3.0).
    const QJsonObject settings =
        sidecar.contains(QStringLiteral("settings")) ? sidecar.value(QStringLiteral("settings")).toObject() : sidecar;
    std::optional<Core::GenerationOrder> order = Core::Generation::fromSettings(settings);
    if (!order)
        return;
    // The image's own seed, so the same settings make the same image again.
    if (const QJsonValue seed = sidecar.value(QStringLiteral("seed")); seed.isDouble())
        Core::Generation::basicsOf(*order).seed = qint64(seed.toDouble());
    const QString modelId = sidecar.value(QStringLiteral("model_id")).toString();
    if (m_page && !modelId.isEmpty() && m_models->rowOf(modelId) >= 0)
        m_page->selectModel(modelId);
    m_panel->applySettings(*order);
}

void GenerateFlow::remixFrom(const QString &path)
{
    const Core::CustomModel *model = currentModel();
    if (!model || familyOf(model->id) != Core::ModelFamily::V3) {
        m_panel->showMessage(tr("Remixing works with Ideogram 3.0 models: choose one in the list first."));
        return;
    }
    m_panel->setRemixImage(path);
    m_panel->promptEdit()->setFocus(Qt::OtherFocusReason);
}

void GenerateFlow::chooseRemixFile()
{
    // open(), not exec(): no nested event loop while replies may arrive.
    auto *dialog = new QFileDialog(m_window, tr("Choose an Image to Remix"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg *.webp);;All files (*)"));
    dialog->setObjectName(QStringLiteral("remixFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &GenerateFlow::remixFrom);
    dialog->open();
}

} // namespace Ids::Widgets
