#include "reviewcaptions.h"

#include <core/captions/reviewcaptions.h>

#include <QUndoCommand>
#include <QUndoStack>

namespace Ids::Models {

using Core::CaptionEntry;
using Edits = QHash<QString, std::optional<CaptionEntry>>;

namespace {

// One step: the edits of some images before and after.
class CaptionCommand final : public QUndoCommand
{
public:
    static constexpr int TypingId = 0x1d15;

    CaptionCommand(ReviewCaptions *captions, Edits before, Edits after, const QString &text, bool typing)
        : QUndoCommand(text)
        , m_captions(captions)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(typing)
    { }

    void redo() override { m_captions->setEdits(m_after); }
    void undo() override { m_captions->setEdits(m_before); }
    int id() const override { return m_typing ? TypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Typing on in the same caption is one step; another image starts a new one.
        const auto *next = static_cast<const CaptionCommand *>(other);
        if (!next->m_typing || next->m_after.keys() != m_after.keys())
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ReviewCaptions *m_captions;
    Edits m_before;
    Edits m_after;
    bool m_typing;
};

} // namespace

ReviewCaptions::ReviewCaptions(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{ }

ReviewCaptions::~ReviewCaptions() = default;

void ReviewCaptions::setReview(const Core::UploadReview &review)
{
    m_review = review;
    merge();
}

void ReviewCaptions::setMetadata(const Core::CaptionMap &captions)
{
    if (captions == m_metadata)
        return;
    m_metadata = captions;
    merge();
    Q_EMIT changed(captions.keys());
}

void ReviewCaptions::merge()
{
    m_fromFiles = Core::captionsFromFiles(m_review);
    m_differs.clear();
    const QStringList images = Core::captionedImageKeys(m_review);
    for (auto it = m_metadata.cbegin(); it != m_metadata.cend(); ++it) {
        if (!images.contains(it.key()))
            continue;
        const auto file = m_fromFiles.constFind(it.key());
        if (file == m_fromFiles.cend())
            m_fromFiles.insert(it.key(), *it);
        else if (file->text.trimmed() != it->text.trimmed())
            m_differs.insert(it.key());
    }
}

void ReviewCaptions::restoreEdits(const Core::CaptionMap &edits)
{
    m_edits = edits;
    Q_EMIT changed(edits.keys());
}

CaptionEntry ReviewCaptions::caption(const QString &key) const
{
    return Core::effectiveCaption(key, m_fromFiles, m_edits);
}

QHash<QString, QString> ReviewCaptions::texts() const
{
    QHash<QString, QString> texts;
    for (const QString &key : Core::captionedImageKeys(m_review))
        texts.insert(key, caption(key).text);
    return texts;
}

void ReviewCaptions::setEdits(const Edits &edits)
{
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (it.value())
            m_edits.insert(it.key(), *it.value());
        else
            m_edits.remove(it.key());
    }
    Q_EMIT changed(edits.keys());
}

void ReviewCaptions::push(const Edits &after, const QString &text, bool typing)
{
    if (after.isEmpty())
        return;
    Edits before;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto edit = m_edits.constFind(it.key());
        before.insert(it.key(), edit == m_edits.cend() ? std::nullopt : std::optional<CaptionEntry>(*edit));
    }
    m_undo->push(new CaptionCommand(this, before, after, text, typing));
}

void ReviewCaptions::type(const QString &key, const QString &text)
{
    if (caption(key).text == text)
        return;
    // Typed back to the file's own words: the file's caption again, nothing to write.
    const CaptionEntry file = m_fromFiles.value(key);
    const std::optional<CaptionEntry> after = file.source != Core::CaptionSource::None && file.text == text
        ? std::nullopt
        : std::optional<CaptionEntry>(CaptionEntry {text, Core::CaptionSource::Typed, false});
    push({{key, after}}, tr("Edit caption"), true);
}

void ReviewCaptions::fill(const Core::CaptionMap &captions)
{
    Edits after;
    for (auto it = captions.cbegin(); it != captions.cend(); ++it)
        after.insert(it.key(), *it);
    push(after, tr("Captions from Ideogram"), false);
}

Core::BulkEditResult ReviewCaptions::apply(const QStringList &keys, const Core::BulkEdit &edit)
{
    const Core::BulkEditResult result = Core::applyBulkEdit(texts(), keys, edit);
    if (!result.ok() || result.changed.isEmpty())
        return result;
    Edits after;
    for (auto it = result.changed.cbegin(); it != result.changed.cend(); ++it)
        after.insert(it.key(), CaptionEntry {it.value(), Core::CaptionSource::Typed, false});
    push(after, tr("Change %n caption(s)", "", int(after.size())), false);
    return result;
}

} // namespace Ids::Models
