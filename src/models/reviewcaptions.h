#pragma once

#include <core/captions/captionedits.h>
#include <core/captions/captionset.h>
#include <core/files/uploadreview.h>

#include <QObject>

#include <optional>

class QUndoStack;

namespace Ids::Models {

// The review sheet's captions (issue 15): those the files bring, the user's edits over them, and the undo
// stack through which every edit goes (one typed run, one bulk edit, one batch from Ideogram: one step each).
// The rules are core's (core/captions); this class only keeps the state and records the steps.
class ReviewCaptions final : public QObject
{
    Q_OBJECT
public:
    explicit ReviewCaptions(QObject *parent = nullptr);
    ~ReviewCaptions() override;

    // The review was judged again: the files' captions are read anew, the edits kept.
    void setReview(const Core::UploadReview &review);
    const Core::UploadReview &review() const { return m_review; }
    // A draft's edits, restored without an undo step.
    void restoreEdits(const Core::CaptionMap &edits);
    const Core::CaptionMap &edits() const { return m_edits; }
    const Core::CaptionMap &fromFiles() const { return m_fromFiles; }
    // Captions of metadata.jsonl/csv files (issue 15 item 4): used for images without a sidecar; where an image
    // has both and they differ, the sidecar is used and metadataDiffers() says so.
    void setMetadata(const Core::CaptionMap &captions);
    bool metadataDiffers(const QString &key) const { return m_differs.contains(key); }
    Core::CaptionEntry caption(const QString &key) const;
    QHash<QString, QString> texts() const; // every captioned image's text, by key

    QUndoStack *undoStack() const { return m_undo; }
    // Typing in the editor: consecutive changes of one image merge into one step.
    void type(const QString &key, const QString &text);
    // Ideogram's drafts, one step for the batch.
    void fill(const Core::CaptionMap &captions);
    // One step; the result says what changed (or why nothing could).
    Core::BulkEditResult apply(const QStringList &keys, const Core::BulkEdit &edit);

    // Sets the edits of keys (nullopt: back to the file's caption) without recording a step: the undo
    // commands call it.
    void setEdits(const QHash<QString, std::optional<Core::CaptionEntry>> &edits);

Q_SIGNALS:
    // Captions of these images changed (also by undo and redo).
    void changed(const QStringList &keys);

private:
    void merge();
    void push(const QHash<QString, std::optional<Core::CaptionEntry>> &after, const QString &text, bool typing);

    Core::UploadReview m_review;
    Core::CaptionMap m_fromFiles;
    Core::CaptionMap m_metadata;
    QSet<QString> m_differs;
    Core::CaptionMap m_edits;
    QUndoStack *m_undo;
};

} // namespace Ids::Models
