#pragma once

#include <QStringList>

class QTextStream;

namespace Ids::App {

// `ideogram-datasets --check PATH… [--json]`: the upload review with no window and no network (README
// "For scripts and power users"). Scans the paths, judges them, runs the conversions the review asks for
// (HEIC to JPEG, files out of ZIPs…) into a temporary folder so sizes are checked after conversion, judges
// again, and prints one line per file and a summary, or one JSON object:
//   {"files": [{"path", "role": "image"|"caption"|"zip"|"skipped"|"refused", "verdict": "ok"|"warning"|"refused",
//    "send_as": name or null, "reason", "caption_for"?, "zip_images"?}], "images": N, "can_upload": bool,
//    "problems": [...], "warnings": [...]}
// Paths are printed as given (a folder's files below the folder as given; a ZIP's entries below the ZIP).
// Returns the exit status: 0 when the set could be uploaded, 1 when not. Needs a QCoreApplication only.
int runCheck(const QStringList &paths, bool json, QTextStream &out);

// The command line of a check, from main()'s arguments; false with a usage sentence (exit status 2).
struct CheckArguments
{
    QStringList paths;
    bool json = false;
};
bool parseCheckArguments(const QStringList &arguments, CheckArguments *parsed, QString *usageError);
// Whether main() should run a check instead of the window (decided before any QApplication exists).
bool asksForCheck(int argc, char *argv[]);

} // namespace Ids::App
