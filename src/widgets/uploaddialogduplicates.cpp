// Duplicates in the review sheet (issue 14 item 7): each image's fingerprint (SHA-256 of its bytes and its
// dHash) is made on a worker thread as files arrive, the dataset's own images are compared by their stored
// thumbnails, and the groups are shown on the rows with one "Keep One" for all. Part of UploadDialog.
#include "uploaddialog.h"

#include <imaging/fingerprint.h>
#include <models/uploadreviewmodel.h>

#include <core/captions/reviewcaptions.h>
#include <core/files/duplicates.h>

#include <QFileInfo>
#include <QPushButton>
#include <QtConcurrent>

namespace Ids::Widgets {

using Core::ReviewRow;

namespace {

struct HashJob
{
    QString key;
    QString path;
    int zipEntry = -1;
};

// On a worker: the new images' fingerprints, the dataset's (once), and the groups over all of them.
QPair<QList<Core::ImageFingerprint>, QList<Core::DuplicateGroup>>
fingerprintAndGroup(QList<HashJob> jobs, QList<QPair<QString, QByteArray>> datasetPngs,
                    QList<Core::ImageFingerprint> known)
{
    QList<Core::ImageFingerprint> made;
    for (const HashJob &job : jobs)
        made.append(Imaging::Fingerprint::ofFile(job.key, job.path, job.zipEntry));
    for (const auto &[name, png] : datasetPngs)
        made.append({Core::DatasetKeyPrefix + name, {}, Imaging::Fingerprint::perceptualHashOfPng(png)});
    return {made, Core::findDuplicates(known + made)};
}

} // namespace

void UploadDialog::setDatasetThumbnails(const QList<QPair<QString, QByteArray>> &pngs)
{
    m_datasetPngs = pngs;
    findDuplicatesLater();
}

void UploadDialog::findDuplicatesLater()
{
    if (m_uploadStarted)
        return;
    if (m_hashing) {
        m_hashAgain = true;
        return;
    }
    QList<HashJob> jobs;
    QList<Core::ImageFingerprint> known;
    for (const ReviewRow &row : m_model->review().rows) {
        if (row.role != ReviewRow::Role::Image || !row.isSent())
            continue;
        const auto found = m_fingerprints.constFind(row.file.key());
        if (found != m_fingerprints.cend())
            known.append(*found);
        else
            jobs.append({row.file.key(), row.file.path, row.file.zipEntry});
    }
    for (const Core::ImageFingerprint &fingerprint : std::as_const(m_datasetFingerprints))
        known.append(fingerprint);
    const QList<QPair<QString, QByteArray>> pngs = m_datasetPngs;
    m_datasetPngs.clear();
    if (jobs.isEmpty() && pngs.isEmpty()) {
        // Nothing new to hash: the groups over what is still in the review (a removal changes them).
        QList<Core::DuplicateGroup> groups;
        if (known.size() > 1) {
            // Comparing 64-bit words is cheap; hashing is what the workers do.
            groups = Core::findDuplicates(known);
        }
        showDuplicates(groups);
        return;
    }
    m_hashing = true;
    auto *watcher = new QFutureWatcher<QPair<QList<Core::ImageFingerprint>, QList<Core::DuplicateGroup>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_hashing = false;
        const auto [made, groups] = watcher->result();
        for (const Core::ImageFingerprint &fingerprint : made) {
            if (fingerprint.key.startsWith(Core::DatasetKeyPrefix))
                m_datasetFingerprints.append(fingerprint);
            else
                m_fingerprints.insert(fingerprint.key, fingerprint);
        }
        if (m_hashAgain) {
            m_hashAgain = false;
            findDuplicatesLater();
            return;
        }
        showDuplicates(groups);
    });
    // Reading and decoding every image: never on the GUI thread (reliability-rules.md R34).
    watcher->setFuture(QtConcurrent::run(&fingerprintAndGroup, jobs, pngs, known));
}

void UploadDialog::showDuplicates(const QList<Core::DuplicateGroup> &allGroups)
{
    // Each review row's name by key, read once: a group of 100 copies names 99 others for each of its images,
    // and looking each up row by row held the GUI thread for about 200 ms.
    QHash<QString, QString> nameOfKey;
    for (const ReviewRow &row : m_model->review().rows)
        nameOfKey.insert(row.file.key(), row.file.displayName());
    // Only groups with an image of this review matter; keys of removed rows are dropped.
    QList<Core::DuplicateGroup> groups;
    for (const Core::DuplicateGroup &group : allGroups) {
        Core::DuplicateGroup kept = group;
        kept.keys.removeIf([&nameOfKey](const QString &key) {
            return !key.startsWith(Core::DatasetKeyPrefix) && !nameOfKey.contains(key);
        });
        const bool hasNew = std::any_of(kept.keys.cbegin(), kept.keys.cend(),
                                        [](const QString &key) { return !key.startsWith(Core::DatasetKeyPrefix); });
        if (kept.keys.size() > 1 && hasNew)
            groups.append(kept);
    }
    m_duplicates = groups;
    QHash<QString, QString> notes;
    const QHash<QString, QStringList> others = Core::duplicateOthers(groups);
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        QStringList names;
        bool inDataset = false;
        for (const QString &other : it.value()) {
            if (other.startsWith(Core::DatasetKeyPrefix)) {
                inDataset = true;
                names.append(other.mid(Core::DatasetKeyPrefix.size()));
            } else {
                names.append(nameOfKey.value(other, other));
            }
        }
        // A sentence a person reads: the first three names, then how many more.
        constexpr int shown = 3;
        QString list = names.mid(0, shown).join(QStringLiteral(", "));
        if (names.size() > shown)
            list = tr("%1 and %n other(s)", "", int(names.size()) - shown).arg(list);
        const bool exact = std::any_of(groups.cbegin(), groups.cend(), [&](const Core::DuplicateGroup &group) {
            return group.exact && group.keys.contains(it.key());
        });
        notes.insert(it.key(),
                     inDataset   ? tr("Already in the dataset as %1.").arg(list)
                         : exact ? tr("The same file as %1.").arg(list)
                                 : tr("Looks like %1.").arg(list));
    }
    m_model->setDuplicateNotes(notes);
    m_keepOneButton->setVisible(!groups.isEmpty() && !m_uploadStarted);
    m_keepOneButton->setText(tr("&Keep One of Each Duplicate (%n group(s))", "", int(groups.size())));
    updateSummary();
}

QString UploadDialog::duplicateSummary() const
{
    if (m_duplicates.isEmpty())
        return m_hashing ? tr("Looking for duplicate images…") : QString();
    return tr("%n group(s) of duplicate or near-duplicate images: a model learns nothing from a second copy. "
              "Keep One removes the extra copies.",
              "", int(m_duplicates.size()));
}

void UploadDialog::keepOneOfEach()
{
    const QStringList remove = Core::duplicatesToRemove(m_duplicates, Core::captionedImageKeys(m_model->review()));
    QList<int> rows;
    for (const QString &key : remove) {
        const int row = m_model->rowOfKey(key);
        if (row >= 0)
            rows.append(row);
    }
    removeRows(rows);
}

} // namespace Ids::Widgets
