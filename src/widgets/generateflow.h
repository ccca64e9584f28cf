#pragma once

#include <core/api/apierror.h>
#include <core/types/custommodel.h>
#include <core/types/modelfamily.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Ids::Core {
class Account;
class AppSettings;
struct GenerationOutcome;
} // namespace Ids::Core
namespace Ids::Models {
class GalleryImages;
class GalleryModel;
class ModelListModel;
} // namespace Ids::Models

namespace Ids::Widgets {

class ErrorBanner;
class GalleryPane;
class GeneratePanel;
class ModelsPage;

// The wiring of generating to the window, for the current account: the generate panel with the controls of the
// chosen model's family (asking Ideogram for the family first when it is not known, never guessing), the price of
// exactly the request Generate would send (PriceQuoter: debounced, one quote at a time), the stack editor's
// choices, remixing a gallery image or a file, and the gallery with its History and viewer ("use these settings
// again" fills the panel). It presents; the services decide.
class GenerateFlow final : public QObject
{
    Q_OBJECT
public:
    GenerateFlow(Models::ModelListModel *models, ErrorBanner *banner, Core::AppSettings *settings, QWidget *window);

    GeneratePanel *panel() const { return m_panel; }
    GalleryPane *gallery() const { return m_galleryPane; }
    Models::GalleryModel *galleryModel() const { return m_gallery; }
    // The page whose list says which model is current.
    void setPage(ModelsPage *page);
    void setAccount(Core::Account *account);

private:
    void bind();
    const Core::CustomModel *currentModel() const;
    Core::ModelFamily familyOf(const QString &modelId) const;
    void onCurrentModelChanged();
    void showFamilyNote();
    void refreshCandidates();
    void requestQuote();
    void generate();
    void onFamilyKnown(const QString &modelId);
    void onAskFailed(const QString &modelId, const Core::ApiError &error);
    void onGenerated(const Core::GenerationOutcome &outcome);
    void onGenerationFailed(const Core::ApiError &error);
    void showBilling();
    void loadGallery();
    void useSettings(const QJsonObject &sidecar);
    void remixFrom(const QString &path);
    void chooseRemixFile();

    Models::ModelListModel *m_models;
    ErrorBanner *m_banner;
    Core::AppSettings *m_settings;
    QWidget *m_window;
    Models::GalleryImages *m_images;
    Models::GalleryModel *m_gallery;
    GeneratePanel *m_panel;
    GalleryPane *m_galleryPane;
    ModelsPage *m_page = nullptr;
    QPointer<Core::Account> m_account;
    QObject *m_binding = nullptr;
    QString m_shownModelId;
    QString m_galleryFolder;
    // Generate was pressed for a model whose family was not known yet: sent once the family is known.
    QString m_pendingModelId;
};

} // namespace Ids::Widgets
