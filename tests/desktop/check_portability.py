#!/usr/bin/env python3
"""The platform rules of the Windows and macOS builds, checked on Linux over src/ (issue 19):

1. Paths come from QStandardPaths and QDir: no "~" for the home folder, and no path made by gluing a "/..."
   string onto a standard location (QDir::filePath() is meant).
2. No Linux-only API outside #ifdef Q_OS_LINUX: Linux headers, Qt D-Bus, /proc, /etc, /usr, XDG_ variables.
   POSIX API (unistd.h, sys/*.h, dirent.h, getuid(), fork(), ...) exists on macOS too, and may also stand inside
   #ifdef Q_OS_UNIX; Windows has neither. Files that CMake compiles on Linux only are listed below, and their
   CMake guard is checked too.

usage: check_portability.py <source dir>    Prints each finding as file:line, then "N passed, N failed".
Before looking at src/, the rules are run on a few bad and good lines of their own, so a rule that stops
matching fails here too.
"""
import pathlib
import re
import sys

# Compiled only on Linux, inside `if(CMAKE_SYSTEM_NAME STREQUAL "Linux")` in the named CMakeLists.txt.
LINUX_ONLY_FILES = {
    "src/widgets/desktopnotifier.h": "src/widgets/CMakeLists.txt",
    "src/widgets/desktopnotifier.cpp": "src/widgets/CMakeLists.txt",
}

HOME_TILDE = re.compile(r'"~[/\\]?')
GLUED_PATH = re.compile(
    r"(writableLocation|standardLocations|locate|homePath|tempPath|currentPath|applicationDirPath)\s*\([^;]*\)\s*"
    r"\+\s*(QStringLiteral\(\s*|QLatin1String\(\s*|QString::fromLatin1\(\s*|u)?\"[/\\]")
LINUX_ONLY = re.compile(r"#\s*include\s*<(linux/|QDBus|QtDBus)|\bQDBus\w*|\"/(proc|etc|usr|sys|run)/|\bXDG_\w+")
UNIX_ONLY = re.compile(
    r"#\s*include\s*<(unistd\.h|sys/|pwd\.h|grp\.h|fcntl\.h|dlfcn\.h|dirent\.h)"
    r"|\b(getuid|geteuid|getpwuid|fork|execvp|dlopen|opendir|readdir)\s*\(")


def findings_in(lines, linux_only_file):
    """(line number, rule, text) for each line breaking a rule; tracks #if blocks for Q_OS_LINUX and Q_OS_UNIX."""
    found = []
    stack = []  # for each open #if: "linux" or "unix" when its current branch is for that platform only
    for number, line in enumerate(lines, 1):
        directive = line.strip()
        if directive.startswith("#"):
            words = directive[1:].strip()
            negated = re.match(r"if\s*!|ifndef", words)
            if re.match(r"if(def)?\b.*\bQ_OS_LINUX\b", words) and not negated:
                stack.append("linux")
                continue
            if re.match(r"if(def)?\b.*\bQ_OS_UNIX\b", words) and not negated:
                stack.append("unix")
                continue
            if re.match(r"if(n?def)?\b", words):
                stack.append(None)
                continue
            if re.match(r"el(se|if)\b", words) and stack:
                stack[-1] = None
                continue
            if re.match(r"endif\b", words) and stack:
                stack.pop()
                continue
        code = line.split("//", 1)[0]
        if HOME_TILDE.search(code):
            found.append((number, "a path with ~ (use QStandardPaths or QDir::homePath())", line.strip()))
        if GLUED_PATH.search(code):
            found.append((number, "a path glued with \"/\" (use QDir(...).filePath())", line.strip()))
        if LINUX_ONLY.search(code) and not (linux_only_file or "linux" in stack):
            found.append((number, "Linux-only API outside #ifdef Q_OS_LINUX", line.strip()))
        if UNIX_ONLY.search(code) and not (linux_only_file or "linux" in stack or "unix" in stack):
            found.append((number, "POSIX API outside #ifdef Q_OS_UNIX (Windows has none)", line.strip()))
    return found


def self_test():
    bad = [
        'QString p = QStringLiteral("~/Pictures");',
        'db = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/x.sqlite");',
        'QString h = QDir::homePath() + "/.config";',
        "#include <unistd.h>",
        "QDBusConnection bus = QDBusConnection::sessionBus();",
        'QFile f(QStringLiteral("/proc/self/status"));',
        'qputenv("XDG_ACTIVATION_TOKEN", t);',
        "#ifdef Q_OS_MACOS\nuid_t u = getuid();\n#endif",
        "#ifdef Q_OS_LINUX\n#else\n#include <sys/stat.h>\n#endif",
        "#ifdef Q_OS_UNIX\nQDBusConnection bus = QDBusConnection::sessionBus();\n#endif",
        "#ifndef Q_OS_UNIX\n#include <dirent.h>\n#endif",
    ]
    good = [
        'db = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"x.sqlite"_s);',
        "#ifdef Q_OS_LINUX\n#include <unistd.h>\n#endif",
        "#if defined(Q_OS_LINUX)\nQDBusConnection bus = QDBusConnection::sessionBus();\n#endif",
        "#ifdef Q_OS_UNIX\n#include <dirent.h>\n#include <sys/stat.h>\n#endif",
        'request.path = QStringLiteral("/datasets");',
        "// no ~ here: a comment with \"~/x\" and QDBus is not code",
    ]
    failures = []
    for snippet in bad:
        if not findings_in(snippet.split("\n"), False):
            failures.append("not caught: " + snippet.replace("\n", " | "))
    for snippet in good:
        if findings_in(snippet.split("\n"), False):
            failures.append("wrongly caught: " + snippet.replace("\n", " | "))
    return failures


def main():
    root = pathlib.Path(sys.argv[1])
    failed = 0
    passed = 0
    for failure in self_test():
        print("self-test:", failure)
        failed += 1
    for path, cmake in LINUX_ONLY_FILES.items():
        text = (root / cmake).read_text()
        guarded = re.search(r'if\(CMAKE_SYSTEM_NAME STREQUAL "Linux"\)(.*?)endif\(\)', text, re.S)
        name = pathlib.Path(path).name
        if not guarded or name not in guarded.group(1):
            print(f"{path}: listed as Linux-only, but {cmake} does not compile it on Linux only")
            failed += 1
    for path in sorted(root.glob("src/**/*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        relative = path.relative_to(root).as_posix()
        findings = findings_in(path.read_text(encoding="utf-8").split("\n"), relative in LINUX_ONLY_FILES)
        for number, rule, text in findings:
            print(f"{relative}:{number}: {rule}: {text}")
        if findings:
            failed += 1
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
