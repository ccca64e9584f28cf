#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Ids::App {

// Installs the translations for a locale, from the .qm files in qmDir (":/i18n" in the app, the build folder in
// tests). Three layers, the last installed asked first:
// 1. the English plural forms ("1 image", "2 images"), for every locale: a language without a catalogue of its
//    own (C.UTF-8, French…) reads English, and English counts need the plural file, never "(s)";
// 2. Qt's own strings (qtbase) for the locale, where Debian ships them;
// 3. the app's catalogue for the locale (German, Japanese), when there is one.
// A message the locale's catalogue does not have yet falls through to the English plurals.
// The translators are children of app. Returns the language of the catalogue used (QLocale::English when none).
QLocale::Language installTranslators(QCoreApplication &app, const QLocale &locale, const QString &qmDir);

} // namespace Ids::App
