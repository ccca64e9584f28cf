// Every window and dialog (tests/common/windowtour.h), checked for what a keyboard or screen-reader user needs,
// in the language IDS_TEST_LANGUAGE names ("en", "de", "ja"; each a CTest entry of its own):
// - no Alt+letter used twice in one window (menu bar titles and the widgets shown at the same time), and none
//   twice in one of its menus;
// - every widget that Tab can reach has an accessible name (its own, its text, or its buddy label's), which
//   is what a screen reader says when the focus arrives;
// - a coloured entry in a list or table also says its state in words or with an icon.
#include "../common/windowtour.h"
#include "app/translators.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>

using namespace Ids;

namespace {

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 “%2” (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))
                 ? QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget))->text(QAccessible::Name)
                 : QString());
}

// The Alt+letter a text gives ("&Datasets" → D), or 0.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(sequence[0].key()).toUpper();
}

// Alt+letters of what is shown at once in a window: its menu bar's titles, buttons, labels with a buddy, tabs,
// and checkable group boxes.
QMultiHash<QChar, QString> mnemonicsOf(QWidget *window)
{
    QMultiHash<QChar, QString> found;
    const auto add = [&found](const QString &text, const QString &where) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            found.insert(letter, where + QStringLiteral(" “") + text + QStringLiteral("”"));
    };
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    add(action->text(), QStringLiteral("menu"));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), QStringLiteral("button ") + button->objectName());
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            add(label->text(), QStringLiteral("label ") + label->objectName());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), QStringLiteral("tab"));
            }
        } else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable()) {
            add(group->title(), QStringLiteral("group ") + group->objectName());
        }
    }
    return found;
}

QStringList duplicates(const QMultiHash<QChar, QString> &found)
{
    QStringList problems;
    for (const QChar letter : found.uniqueKeys()) {
        const QStringList users = found.values(letter);
        if (users.size() > 1)
            problems << QStringLiteral("Alt+%1: %2").arg(letter, users.join(QStringLiteral(", ")));
    }
    return problems;
}

} // namespace

class EveryWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyWindow_mnemonicsUnique_data() { stops(); }
    void everyWindow_mnemonicsUnique();
    void everyWindow_focusableWidgetsHaveNames_data() { stops(); }
    void everyWindow_focusableWidgetsHaveNames();
    void everyWindow_colouredEntriesAlsoSayTheirState_data() { stops(); }
    void everyWindow_colouredEntriesAlsoSayTheirState();
    void tour_reachesEveryDialog();
    void focusedList_showsARing();

private:
    void stops();
    QWidget *visit();
    std::unique_ptr<Tests::WindowTour> m_tour;
};

void EveryWindowTest::initTestCase()
{
    // The app's translations, installed as main() installs them.
    const QLocale locale(qEnvironmentVariable("IDS_TEST_LANGUAGE", QStringLiteral("en")));
    QLocale::setDefault(locale);
    QCOMPARE(App::installTranslators(*QCoreApplication::instance(), locale, QStringLiteral(IDS_QM_DIR)),
             locale.language() == QLocale::C ? QLocale::English : locale.language());
    m_tour = std::make_unique<Tests::WindowTour>();
    const QString problem = m_tour->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void EveryWindowTest::cleanupTestCase()
{
    m_tour.reset();
}

void EveryWindowTest::stops()
{
    QTest::addColumn<int>("stop");
    const QList<Tests::WindowTour::Stop> all = m_tour->stops();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).name)) << i;
}

QWidget *EveryWindowTest::visit()
{
    QFETCH(int, stop);
    return Tests::WindowTour::visit(m_tour->stops().at(stop));
}

void EveryWindowTest::everyWindow_mnemonicsUnique()
{
    QWidget *window = visit();
    QVERIFY(window);
    // IDS_TOUR_SHOTS=<folder>: a picture of every stop in this language, for a person to look at (run the binary
    // under xvfb-run with QT_QPA_PLATFORM=xcb to see it as a desktop draws it).
    if (const QString shots = qEnvironmentVariable("IDS_TOUR_SHOTS"); !shots.isEmpty()) {
        QFETCH(int, stop);
        const QString name = m_tour->stops().at(stop).name;
        window->grab().save(QStringLiteral("%1/%2-%3.png")
                                .arg(shots, qEnvironmentVariable("IDS_TEST_LANGUAGE", QStringLiteral("en")),
                                     QString(name).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.]+")),
                                                           QStringLiteral("-"))));
    }
    QStringList problems = duplicates(mnemonicsOf(window));
    // …and each of its menus, a namespace of its own.
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        QMultiHash<QChar, QString> found;
        for (QAction *action : menu->actions()) {
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull() && action->isVisible())
                found.insert(letter, action->text());
        }
        for (const QString &problem : duplicates(found))
            problems << menu->title() + QStringLiteral(": ") + problem;
    }
    m_tour->leave(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void EveryWindowTest::everyWindow_focusableWidgetsHaveNames()
{
    QWidget *window = visit();
    QVERIFY(window);
    QStringList nameless;
    int checked = 0;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget that passes its focus on (a spin box's line edit to the box) is checked as the one it passes to.
        if (widget->focusProxy())
            continue;
        ++checked;
        // The line edit inside a spin box or combo box takes the focus for it: the box's name is what is read.
        QWidget *named = widget;
        const auto nameOf = [](QWidget *w) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        };
        while (nameOf(named).isEmpty() && named->parentWidget() && named->parentWidget()->focusProxy() == named)
            named = named->parentWidget();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(named);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless << describe(named);
    }
    m_tour->leave(window);
    QVERIFY(checked > 0);
    QVERIFY2(nameless.isEmpty(),
             qPrintable(QStringLiteral("no accessible name: ") + nameless.join(QStringLiteral("; "))));
}

void EveryWindowTest::everyWindow_colouredEntriesAlsoSayTheirState()
{
    QWidget *window = visit();
    QVERIFY(window);
    QStringList colourOnly;
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (!index.data(Qt::ForegroundRole).isValid() && !index.data(Qt::BackgroundRole).isValid())
                    continue;
                if (index.data(Qt::DisplayRole).toString().trimmed().isEmpty()
                    && index.data(Qt::DecorationRole).isNull())
                    colourOnly << QStringLiteral("%1 row %2 column %3").arg(view->objectName()).arg(row).arg(column);
            }
        }
    }
    m_tour->leave(window);
    QVERIFY2(colourOnly.isEmpty(), qPrintable(colourOnly.join(QStringLiteral("; "))));
}

void EveryWindowTest::tour_reachesEveryDialog()
{
    // The tour's stops, each reached: a stop that silently shows nothing would check nothing.
    for (const Tests::WindowTour::Stop &stop : m_tour->stops()) {
        QWidget *window = Tests::WindowTour::visit(stop);
        QVERIFY2(window && window->isVisible(), qPrintable(stop.name));
        m_tour->leave(window);
    }
}

void EveryWindowTest::focusedList_showsARing()
{
    Widgets::MainWindow *main = m_tour->window();
    main->showDatasetsTab();
    QVERIFY(Tests::activate(main));
    auto *view = main->findChild<QAbstractItemView *>(QStringLiteral("datasetTreeView"));
    auto *field = main->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QVERIFY(view && view->isVisible() && field);
    const QColor highlight = view->palette().color(QPalette::Active, QPalette::Highlight);
    // Pixels of the highlight colour on the view's outer edge, of all its edge pixels.
    const auto ring = [view, highlight] {
        const QImage image = view->grab().toImage();
        int lit = 0;
        int all = 0;
        for (int x = 0; x < image.width(); ++x) {
            for (const int y : {0, image.height() - 1}) {
                ++all;
                lit += image.pixelColor(x, y) == highlight;
            }
        }
        for (int y = 0; y < image.height(); ++y) {
            for (const int x : {0, image.width() - 1}) {
                ++all;
                lit += image.pixelColor(x, y) == highlight;
            }
        }
        return double(lit) / all;
    };
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QVERIFY2(ring() < 0.1, qPrintable(QString::number(ring())));
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QVERIFY2(ring() > 0.9, qPrintable(QString::number(ring())));
}

QTEST_MAIN(EveryWindowTest)
#include "tst_everywindow.moc"
