#include "checkrunner.h"

#include <core/files/uploadreview.h>
#include <imaging/prepare.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

#include <cstring>

namespace Ids::App {

using Core::ReviewRow;

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(Ids::App::Check)
};

QString roleName(const ReviewRow &row)
{
    switch (row.role) {
    case ReviewRow::Role::Image:
        return QStringLiteral("image");
    case ReviewRow::Role::Caption:
        return QStringLiteral("caption");
    case ReviewRow::Role::Zip:
        return QStringLiteral("zip");
    case ReviewRow::Role::Skipped:
        return QStringLiteral("skipped");
    case ReviewRow::Role::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QString verdictName(const ReviewRow &row)
{
    if (row.role == ReviewRow::Role::Skipped)
        return QStringLiteral("ok"); // left out on purpose: not a fault of the set
    switch (row.verdict) {
    case ReviewRow::Verdict::Ok:
        return QStringLiteral("ok");
    case ReviewRow::Verdict::Warning:
        return QStringLiteral("warning");
    case ReviewRow::Verdict::Refused:
        break;
    }
    return QStringLiteral("refused");
}

// What is sent for the row, if anything: its own name, or the ZIP's when the ZIP goes as it is.
QString sendAs(const ReviewRow &row)
{
    if (row.role == ReviewRow::Role::Zip && row.verdict != ReviewRow::Verdict::Refused
        && row.zipSend == ReviewRow::ZipSend::AsIs)
        return row.sendName;
    return row.isSent() ? row.sendName : QString();
}

QString reasonOf(const ReviewRow &row)
{
    QStringList parts;
    if (!row.reason.isEmpty())
        parts << row.reason;
    if (!row.note.isEmpty() && row.verdict != ReviewRow::Verdict::Refused)
        parts << row.note;
    return parts.join(QLatin1Char(' '));
}

// The review, with every preparation it asks for done (on the global pool: this is a command, not a
// window, but the conversions of 100 photos still use every core).
Core::UploadReview reviewWithPreparations(const QList<Core::ScannedFile> &files, const QString &workDir)
{
    Core::ReviewOptions options;
    Core::UploadReview review = Core::reviewFiles(files, options);
    // A preparation may lead to another (a ZIP's files are taken out once it is known they go one by one).
    for (int round = 0; round < 3 && review.pending > 0; ++round) {
        QList<ReviewRow> todo;
        for (const ReviewRow &row : std::as_const(review.rows)) {
            if (row.pending)
                todo.append(row);
        }
        const QList<Core::PreparedFile> done = QtConcurrent::blockingMapped(
            todo, [workDir](const ReviewRow &row) { return Imaging::prepareFile(row, workDir); });
        for (int i = 0; i < todo.size(); ++i)
            options.prepared.insert(todo.at(i).file.key(), done.at(i));
        review = Core::reviewFiles(files, options);
    }
    return review;
}

} // namespace

bool asksForCheck(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check") == 0)
            return true;
    }
    return false;
}

bool parseCheckArguments(const QStringList &arguments, CheckArguments *parsed, QString *usageError)
{
    bool check = false;
    bool optionsEnded = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--"))
            optionsEnded = true;
        else if (!optionsEnded && argument == QLatin1String("--check"))
            check = true;
        else if (!optionsEnded && argument == QLatin1String("--json"))
            parsed->json = true;
        else if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            *usageError = CheckText::tr("Unknown option for --check: %1").arg(argument);
            return false;
        } else {
            parsed->paths.append(argument);
        }
    }
    if (!check || parsed->paths.isEmpty()) {
        *usageError = CheckText::tr("Usage: ideogram-datasets --check PATH… [--json]");
        return false;
    }
    return true;
}

int runCheck(const QStringList &paths, bool json, QTextStream &out)
{
    QTemporaryDir workDir;
    const QList<Core::ScannedFile> files = Core::scanPaths(paths);
    const Core::UploadReview review = reviewWithPreparations(files, workDir.path());

    if (json) {
        QJsonArray list;
        for (const ReviewRow &row : review.rows) {
            QJsonObject file {{QStringLiteral("path"), row.file.givenPath},
                              {QStringLiteral("role"), roleName(row)},
                              {QStringLiteral("verdict"), verdictName(row)},
                              {QStringLiteral("reason"), reasonOf(row)}};
            const QString sent = sendAs(row);
            file.insert(QStringLiteral("send_as"), sent.isEmpty() ? QJsonValue() : QJsonValue(sent));
            if (row.role == ReviewRow::Role::Caption && row.pairedWith >= 0)
                file.insert(QStringLiteral("caption_for"), review.rows.at(row.pairedWith).sendName);
            if (row.role == ReviewRow::Role::Zip)
                file.insert(QStringLiteral("zip_images"), row.zipImages);
            list.append(file);
        }
        const QJsonObject result {{QStringLiteral("files"), list},
                                  {QStringLiteral("images"), review.newImages},
                                  {QStringLiteral("can_upload"), review.canUpload()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(review.problems)},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(review.warnings)}};
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        int captions = 0;
        int skipped = 0;
        int refused = 0;
        for (const ReviewRow &row : review.rows) {
            const QString sent = sendAs(row);
            out << verdictName(row).leftJustified(8) << ' ' << roleName(row).leftJustified(8) << ' '
                << row.file.givenPath << (sent.isEmpty() ? QString() : QStringLiteral(" → ") + sent)
                << (reasonOf(row).isEmpty() ? QString() : QStringLiteral("  ") + reasonOf(row)) << '\n';
            captions += row.role == ReviewRow::Role::Caption && row.isSent();
            skipped += row.role == ReviewRow::Role::Skipped;
            refused += row.role != ReviewRow::Role::Skipped && row.verdict == ReviewRow::Verdict::Refused;
        }
        out << CheckText::tr("%n file(s) checked: ", nullptr, int(review.rows.size()))
            << CheckText::tr("%n image(s)", nullptr, review.newImages) << ", "
            << CheckText::tr("%n caption(s)", nullptr, captions) << ", "
            << CheckText::tr("%n skipped", nullptr, skipped) << ", " << CheckText::tr("%n refused", nullptr, refused)
            << ".\n";
        for (const QString &problem : review.problems)
            out << CheckText::tr("Problem: %1").arg(problem) << '\n';
        for (const QString &warning : review.warnings)
            out << CheckText::tr("Warning: %1").arg(warning) << '\n';
        out << (review.canUpload() ? CheckText::tr("These files can be uploaded.")
                                   : CheckText::tr("These files cannot be uploaded as they are."))
            << '\n';
    }
    out.flush();
    return review.canUpload() ? 0 : 1;
}

} // namespace Ids::App
