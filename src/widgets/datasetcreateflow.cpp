#include "datasetcreateflow.h"

#include "arrivalquestion.h"
#include "datasetform.h"
#include "errorbanner.h"

#include <core/accounts/account.h>
#include <core/storage/storagehealth.h>
#include <core/validation/datasetname.h>
#include <models/datasetlistmodel.h>

#include <utility>

namespace Ids::Widgets {

using Core::DatasetService;

namespace {

constexpr int StatusTimeoutMs = 5000;

} // namespace

DatasetCreateFlow::DatasetCreateFlow(DatasetForm *form, ArrivalQuestion *question, ErrorBanner *banner,
                                     Models::DatasetListModel *datasets, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_question(question)
    , m_banner(banner)
    , m_datasets(datasets)
{
    connect(m_form, &DatasetForm::createRequested, this, &DatasetCreateFlow::onCreateRequested);
    connect(m_form, &DatasetForm::createAnotherRequested, this, &DatasetCreateFlow::create);
    connect(m_form, &DatasetForm::openExistingRequested, this, [this](const QString &name) {
        if (const QString id = m_datasets->newestNamed(Core::DatasetName::check(name).name); !id.isEmpty())
            Q_EMIT openRequested(id);
    });
}

void DatasetCreateFlow::setAccount(Core::Account *account, QObject *binding)
{
    m_question->withdraw(QStringLiteral("create"));
    m_form->clearRefusal();
    m_askedName.clear();
    m_account = account;
    m_binding = binding;
    if (!account || !binding) {
        onStateChanged(DatasetService::State::Idle);
        return;
    }
    DatasetService *service = account->datasets();
    connect(service, &DatasetService::stateChanged, binding,
            [this](DatasetService::State state) { onStateChanged(state); });
    connect(service, &DatasetService::datasetCreated, binding,
            [this](const Core::Dataset &dataset) { onCreated(dataset); });
    connect(service, &DatasetService::createFailed, binding, [this](const Core::ApiError &error) { onFailed(error); });
    connect(service, &DatasetService::createUncertain, binding, [this](const QString &name) { onUncertain(name); });
    connect(service, &DatasetService::progressMessage, binding,
            [this](const QString &message) { Q_EMIT statusMessage(message, 0); });
    // "Nothing was sent… free some space" is out of date once there is space again.
    connect(account->storageHealth(), &Core::StorageHealth::writableChanged, binding, [this](bool writable) {
        if (writable && !m_refusal.isEmpty() && m_form->message() == m_refusal)
            m_form->clearRefusal();
    });
    onStateChanged(service->state());
    if (service->state() == DatasetService::State::NeedsDecision)
        onUncertain(service->pendingName());
}

void DatasetCreateFlow::onCreateRequested(const QString &name)
{
    if (!m_account)
        return;
    const Core::DatasetName::Check check = Core::DatasetName::check(name);
    // Ideogram takes a second dataset of the same name, and no dataset can be deleted afterwards: ask first.
    if (check.ok() && !m_datasets->newestNamed(check.name).isEmpty()) {
        m_form->askAboutExisting(check.name);
        return;
    }
    create(name);
}

void DatasetCreateFlow::create(const QString &name)
{
    if (!m_account)
        return;
    // An earlier error is about an earlier attempt; leaving it up would suggest this one failed too.
    if (m_banner->isVisible())
        m_banner->dismiss();
    m_refusal = m_account->datasets()->createDataset(name);
    if (!m_refusal.isEmpty()) {
        m_form->showRefusal(m_refusal);
        return;
    }
    m_askedName = Core::DatasetName::check(name).name;
}

void DatasetCreateFlow::onStateChanged(DatasetService::State state)
{
    const QString name = m_account ? m_account->datasets()->pendingName() : QString();
    switch (state) {
    case DatasetService::State::Idle:
        m_form->setBusy(false);
        Q_EMIT statusMessage({}, 0);
        break;
    case DatasetService::State::Sending:
        m_form->setBusy(true, tr("Creating “%1”…").arg(name));
        break;
    case DatasetService::State::Reconciling:
        m_form->setBusy(true, tr("Checking whether “%1” was created…").arg(name));
        break;
    case DatasetService::State::NeedsDecision:
        // The question says what is going on; a spinner would suggest the app is still working.
        m_form->setBusy(true);
        break;
    }
    if (state != DatasetService::State::NeedsDecision)
        m_question->withdraw(QStringLiteral("create"));
}

void DatasetCreateFlow::onCreated(const Core::Dataset &dataset)
{
    const bool askedNow = !m_askedName.isEmpty() && m_askedName == dataset.name;
    if (askedNow)
        m_askedName.clear();
    m_form->onDatasetCreated(dataset.name);
    Q_EMIT created(dataset, askedNow);
    Q_EMIT statusMessage(tr("Created the dataset “%1”.").arg(dataset.name), StatusTimeoutMs);
}

void DatasetCreateFlow::onFailed(const Core::ApiError &error)
{
    // The service sends a create at most once by itself; a failed one certainly did not arrive
    // (DatasetService::createFailed), so sending it again is the user's to choose: Retry.
    const QString name = std::exchange(m_askedName, {});
    const QString what =
        name.isEmpty() ? tr("Couldn't create the dataset.") : tr("Couldn't create the dataset “%1”.").arg(name);
    if (name.isEmpty()) // a create of an earlier run: nobody is waiting to send it again
        m_banner->showError(error, what);
    else
        // Retry asks again like the first press did: a dataset of that name may have appeared since.
        m_banner->showError(error, what, m_binding, [this, name] { onCreateRequested(name); });
}

void DatasetCreateFlow::onUncertain(const QString &name)
{
    ArrivalQuestion::Question question;
    question.key = QStringLiteral("create");
    question.text =
        tr("We couldn't confirm that the dataset “%1” was created. Ideogram may have created it.").arg(name);
    question.risk = tr("Creating it again may leave two datasets of this name; Ideogram cannot delete one.");
    question.anywayText = tr("Create an&yway");
    question.anywayToolTip = tr("Send the create again. If the first one did arrive, you will have two datasets "
                                "of this name.");
    m_question->ask(question, m_binding, [service = QPointer(m_account->datasets())](ArrivalQuestion::Answer answer) {
        if (!service)
            return;
        switch (answer) {
        case ArrivalQuestion::Answer::CheckAgain:
            service->checkAgain();
            break;
        case ArrivalQuestion::Answer::Anyway:
            service->createAnyway();
            break;
        case ArrivalQuestion::Answer::Forget:
            service->forgetPendingCreate();
            break;
        }
    });
}

} // namespace Ids::Widgets
