// Every label, button and column header of every window and dialog (tests/common/windowtour.h) shows its
// whole text, in the language named by IDS_TEST_LANGUAGE:
// - "pseudo": the pseudo-localisation made at build time from the current sources (pseudots.cpp), every
//   string 40 % longer and in brackets, so that the next language, longer than German, fits too;
// - "de", "ja": the real translations (German is long, Japanese needs its own fonts and line breaks).
// A text is cut when the widget is narrower than the text needs (a label that does not wrap, a button, a
// header section), or a wrapping label is shorter than its lines.
#include "../common/windowtour.h"
#include "app/translators.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace Ids;

namespace {

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 %2 “%3”")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text);
}

QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    cut << describe(label, label->text()) + QStringLiteral(" (wraps beyond its height)");
            } else if (label->minimumSizeHint().width() > label->width() + 1) {
                cut << describe(label, label->text())
                        + QStringLiteral(" (needs %1 px, has %2)")
                              .arg(label->minimumSizeHint().width())
                              .arg(label->width());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            if (button->sizeHint().width() > button->width() + 1)
                cut << describe(button, button->text())
                        + QStringLiteral(" (needs %1 px, has %2)").arg(button->sizeHint().width()).arg(button->width());
        } else if (auto *header = qobject_cast<QHeaderView *>(widget);
                   header && header->orientation() == Qt::Horizontal) {
            const QAbstractItemModel *model = header->model();
            for (int section = 0; model && section < header->count(); ++section) {
                if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                    continue;
                const QString text = model->headerData(section, Qt::Horizontal).toString();
                if (!text.isEmpty() && header->sectionSizeHint(section) > header->sectionSize(section) + 1)
                    cut << describe(header, text)
                            + QStringLiteral(" (column needs %1 px, has %2)")
                                  .arg(header->sectionSizeHint(section))
                                  .arg(header->sectionSize(section));
            }
        }
    }
    return cut;
}

} // namespace

class LayoutFitsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyWindow_textsFit_data();
    void everyWindow_textsFit();

private:
    std::unique_ptr<Tests::WindowTour> m_tour;
    QTranslator m_translator;
};

void LayoutFitsTest::initTestCase()
{
    const QString language = qEnvironmentVariable("IDS_TEST_LANGUAGE", QStringLiteral("pseudo"));
    if (language == QLatin1String("pseudo")) {
        QVERIFY2(m_translator.load(QStringLiteral(IDS_PSEUDO_QM)), IDS_PSEUDO_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
        // The pseudo catalogue really is in use: a string of the app comes out in brackets.
        QVERIFY(QCoreApplication::translate("Ids::Widgets::MainWindow", "&Datasets").startsWith(QLatin1Char('[')));
    } else {
        const QLocale locale(language);
        QLocale::setDefault(locale);
        QCOMPARE(App::installTranslators(*QCoreApplication::instance(), locale, QStringLiteral(IDS_QM_DIR)),
                 locale.language());
    }
    m_tour = std::make_unique<Tests::WindowTour>();
    const QString problem = m_tour->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void LayoutFitsTest::cleanupTestCase()
{
    m_tour.reset();
}

void LayoutFitsTest::everyWindow_textsFit_data()
{
    QTest::addColumn<int>("stop");
    const QList<Tests::WindowTour::Stop> all = m_tour->stops();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

void LayoutFitsTest::everyWindow_textsFit()
{
    QFETCH(int, stop);
    QWidget *window = Tests::WindowTour::visit(m_tour->stops().at(stop));
    QVERIFY(window);
    const QStringList cut = cutTexts(window);
    const QString shots = qEnvironmentVariable("IDS_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        window->grab().save(QStringLiteral("%1/%2-%3.png")
                                .arg(shots, qEnvironmentVariable("IDS_TEST_LANGUAGE", QStringLiteral("pseudo")))
                                .arg(stop));
    m_tour->leave(window);
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut: ") + cut.join(QStringLiteral("; "))));
}

QTEST_MAIN(LayoutFitsTest)
#include "tst_layoutfits.moc"
