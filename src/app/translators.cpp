#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Ids::App {

namespace {

const QString Catalogue = QStringLiteral("ideogram-datasets");

} // namespace

QLocale::Language installTranslators(QCoreApplication &app, const QLocale &locale, const QString &qmDir)
{
    auto *english = new QTranslator(&app);
    if (english->load(QLocale(QLocale::English), Catalogue, QStringLiteral("_"), qmDir))
        QCoreApplication::installTranslator(english);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QLocale::English;
    auto *own = new QTranslator(&app);
    if (!own->load(locale, Catalogue, QStringLiteral("_"), qmDir))
        return QLocale::English;
    QCoreApplication::installTranslator(own);
    return QLocale(own->language()).language();
}

} // namespace Ids::App
