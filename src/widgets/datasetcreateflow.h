#pragma once

#include <core/services/datasetservice.h>

#include <QObject>
#include <QPointer>

namespace Ids::Core {
class Account;
}
namespace Ids::Models {
class DatasetListModel;
}

namespace Ids::Widgets {

class ArrivalQuestion;
class DatasetForm;
class ErrorBanner;

// Creating a dataset, from the form to the account's DatasetService and back: the name's refusal, the
// question before a second dataset of a name already in the list (Ideogram allows it and cannot delete
// one), the busy state, a failed create said as such with Retry (never worded like a failed list), and the
// "did it arrive?" question. Part of DatasetFlow, which opens what was created.
class DatasetCreateFlow final : public QObject
{
    Q_OBJECT
public:
    DatasetCreateFlow(DatasetForm *form, ArrivalQuestion *question, ErrorBanner *banner,
                      Models::DatasetListModel *datasets, QObject *parent);

    // The account whose service creates; binding: the context of every connection to it, deleted on a switch.
    void setAccount(Core::Account *account, QObject *binding);

Q_SIGNALS:
    // The service created a dataset. askedNow: the user asked for it in this window and is waiting for it
    // (rather than a create of an earlier run found at start): it should open, ready for images.
    void created(const Ids::Core::Dataset &dataset, bool askedNow);
    // The user chose to open the dataset that already has the name typed.
    void openRequested(const QString &datasetId);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void onCreateRequested(const QString &name);
    void create(const QString &name);
    void onStateChanged(Core::DatasetService::State state);
    void onCreated(const Core::Dataset &dataset);
    void onFailed(const Core::ApiError &error);
    void onUncertain(const QString &name);

    DatasetForm *m_form;
    ArrivalQuestion *m_question;
    ErrorBanner *m_banner;
    Models::DatasetListModel *m_datasets;
    QPointer<Core::Account> m_account;
    QPointer<QObject> m_binding;
    QString m_refusal; // the last refusal of a create shown in the form
    QString m_askedName; // the normalised name of the create the user is waiting for, if any
};

} // namespace Ids::Widgets
