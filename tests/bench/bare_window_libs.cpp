// The start-up baseline with Versus's libraries: the bare QMainWindow of bare_window.cpp,
// linking and loading what Versus links beyond Qt Widgets (Charts, PrintSupport, Network,
// Sql, Svg, QtKeychain, simdjson). One trivial call into each keeps the linker from
// dropping it; none of them does real work (no printer, database, keyring or network).
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QHostAddress>
#include <QLineSeries>
#include <QMainWindow>
#include <QPrinterInfo>
#include <QSqlError>
#include <QSvgRenderer>

#include <qt6keychain/keychain.h>
#include <simdjson.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int used = 0;
    used += QLineSeries().count(); // Qt Charts
    used += QPrinterInfo().isNull() ? 1 : 0; // Qt PrintSupport: a null printer, no CUPS query
    used += QHostAddress(QHostAddress::LocalHost).isLoopback() ? 1 : 0; // Qt Network
    used += QSqlError().isValid() ? 1 : 0; // Qt Sql
    used += QSvgRenderer().isValid() ? 1 : 0; // Qt Svg
    QKeychain::ReadPasswordJob job(QStringLiteral("versus-bench")); // QtKeychain: never started
    job.setAutoDelete(false);
    used += simdjson::validate_utf8("versus", 6) ? 1 : 0; // simdjson
    if (used < 0)
        std::puts("unreachable");
    QMainWindow window;
    window.resize(1200, 760);
    new Versus::Gui::FirstPaintProbe(&window);
    window.show();
    return QApplication::exec();
}
