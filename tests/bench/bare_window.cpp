// The start-up baseline: a bare QMainWindow built in the same tree with the same flags.
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 760);
    new Versus::Gui::FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
