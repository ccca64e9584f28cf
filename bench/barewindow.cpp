// The baseline for start-up figures: a bare Qt Widgets window with an empty list view, quitting after its
// first paint exactly as the app does under IDS_EXIT_AFTER_FIRST_PAINT.
#include <QAbstractItemView>
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTreeView>

#include "../src/app/firstpaintprobe.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.installEventFilter(new Ids::App::FirstPaintProbe(-1, &app));
    QMainWindow window;
    QStandardItemModel model;
    auto *view = new QTreeView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1000, 650);
    window.show();
    return app.exec();
}
