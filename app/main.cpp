// Versus: parses the command line and wires the core to the user interface.
#include "core/commands/commands.h"
#include "core/settings/settings.h"
#include "ui/firstpaintprobe.h"
#include "ui/mainwindow.h"
#include "ui/report/report.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

enum class Command { Gui, CheckPack, ExportTable, Search, Report, QueueInquiry, SendOutbox, ListOutbox };

struct Options {
    Command command = Command::Gui;
    QString packFile; // the pack to open or to work on
    QString checkPackFile; // --check-pack
    QString exportTableFile; // --export-table
    QString searchText; // --search
    QString workshopFile; // --workshop
    QString reportFile; // --report
    QString inquiryFile; // --queue-inquiry
    QString endpoint; // --endpoint
    bool json = false; // --json
    QString language; // --lang
    bool quitAfterFirstPaint = false; // for the start-up benchmark
};

// Fills options from the command line; returns an exit code when the program should stop.
std::optional<int> parseCommandLine(const QStringList &arguments, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Versus: compare two technologies with a client, with a verdict you can explain."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption checkPack(
        u"check-pack"_s, QCoreApplication::translate("main", "Check a content pack and report its problems."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption pack(u"pack"_s, QCoreApplication::translate("main", "The content pack to use."),
                                  QCoreApplication::translate("main", "file"));
    const QCommandLineOption exportTable(
        u"export-table"_s,
        QCoreApplication::translate("main", "Write the detailed comparison to a .csv or .md file, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption search(
        u"search"_s,
        QCoreApplication::translate("main",
                                    "Search everything the pack says; print KIND, ID and TITLE per hit, best first."),
        QCoreApplication::translate("main", "text"));
    const QCommandLineOption workshop(u"workshop"_s,
                                      QCoreApplication::translate("main", "A workshop file (with --report)."),
                                      QCoreApplication::translate("main", "file"));
    const QCommandLineOption report(
        u"report"_s,
        QCoreApplication::translate("main",
                                    "Write the workshop's decision report to a .pdf, .html or .md file, "
                                    "print its Verdict line, then exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption queueInquiry(
        u"queue-inquiry"_s,
        QCoreApplication::translate("main", "Validate an inquiry (a JSON object of field id -> value) and queue it."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption sendOutbox(
        u"send-outbox"_s, QCoreApplication::translate("main", "Try to send every queued inquiry once, now."));
    const QCommandLineOption listOutbox(u"list-outbox"_s, QCoreApplication::translate("main", "List the outbox."));
    const QCommandLineOption endpoint(
        u"endpoint"_s,
        QCoreApplication::translate("main", "Where inquiries are sent (overrides Settings and the pack)."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("main", "With --list-outbox: print JSON."));
    const QCommandLineOption lang(u"lang"_s,
                                  QCoreApplication::translate("main",
                                                              "The language of the interface (de, en, fr); the "
                                                              "system's by default."),
                                  QCoreApplication::translate("main", "code"));
    QCommandLineOption firstPaint(u"quit-after-first-paint"_s, u"For the start-up benchmark."_s);
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({checkPack, exportTable, search, workshop, report, queueInquiry, sendOutbox, listOutbox, endpoint,
                       json, lang, pack, firstPaint});
    parser.addPositionalArgument(u"pack"_s, QCoreApplication::translate("main", "A content pack to open (JSON)."),
                                 u"[pack]"_s);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "versus: %s\n", qPrintable(parser.errorText()));
        std::fprintf(stderr, "%s", qPrintable(QCoreApplication::translate("main", "Try 'versus --help'.\n")));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText().replace(u"<executable_name>"_s, u"versus"_s)), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), VERSUS_VERSION);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(pack) && !positional.isEmpty())) {
        std::fprintf(stderr, "versus: %s\n", qPrintable(QCoreApplication::translate("main", "give at most one pack")));
        return 2;
    }
    options.quitAfterFirstPaint = parser.isSet(firstPaint);
    options.packFile = parser.isSet(pack) ? parser.value(pack) : positional.value(0);
    if (parser.isSet(checkPack) + parser.isSet(exportTable) + parser.isSet(search) + parser.isSet(report)
            + parser.isSet(queueInquiry) + parser.isSet(sendOutbox) + parser.isSet(listOutbox)
        > 1) {
        std::fprintf(stderr, "versus: %s\n",
                     qPrintable(QCoreApplication::translate("main", "give one command at a time")));
        return 2;
    }
    if (parser.isSet(checkPack)) {
        options.command = Command::CheckPack;
        options.checkPackFile = parser.value(checkPack);
    } else if (parser.isSet(exportTable)) {
        options.command = Command::ExportTable;
        options.exportTableFile = parser.value(exportTable);
    } else if (parser.isSet(search)) {
        options.command = Command::Search;
        options.searchText = parser.value(search);
    } else if (parser.isSet(report)) {
        if (!parser.isSet(workshop)) {
            std::fprintf(stderr, "versus: %s\n",
                         qPrintable(QCoreApplication::translate("main", "--report needs --workshop FILE")));
            return 2;
        }
        options.command = Command::Report;
        options.reportFile = parser.value(report);
        options.workshopFile = parser.value(workshop);
    }
    options.endpoint = parser.value(endpoint);
    options.language = parser.value(lang);
    options.json = parser.isSet(json);
    if (parser.isSet(queueInquiry)) {
        options.command = Command::QueueInquiry;
        options.inquiryFile = parser.value(queueInquiry);
    } else if (parser.isSet(sendOutbox)) {
        options.command = Command::SendOutbox;
    } else if (parser.isSet(listOutbox)) {
        options.command = Command::ListOutbox;
    }
    if (parser.isSet(workshop) && !parser.isSet(report)) {
        std::fprintf(stderr, "versus: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--workshop needs --report FILE")));
        return 2;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Versus"_s);
    QCoreApplication::setOrganizationDomain(u"versus-app.github.io"_s);
    QCoreApplication::setApplicationName(u"Versus"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERSUS_VERSION));

    // The command line is read before any application object exists, because commands
    // that print and exit must run without a display (QCoreApplication only).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Options options;
    if (const auto exitCode = parseCommandLine(arguments, options))
        return *exitCode;

    if (options.command == Command::Report) {
        // Charts and PDF need the GUI libraries, but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        Versus::Core::Console console;
        return Versus::Gui::reportCommand(options.workshopFile, options.reportFile, options.packFile, console);
    }
    if (options.command != Command::Gui) {
        QCoreApplication app(argc, argv);
        Versus::Core::Console console;
        switch (options.command) {
        case Command::CheckPack: return Versus::Core::checkPackCommand(options.checkPackFile, console);
        case Command::ExportTable:
            return Versus::Core::exportTableCommand(options.exportTableFile, options.packFile, console);
        case Command::Search: return Versus::Core::searchCommand(options.searchText, options.packFile, console);
        case Command::QueueInquiry:
            return Versus::Core::queueInquiryCommand(options.inquiryFile, options.packFile, console);
        case Command::SendOutbox: return Versus::Core::sendOutboxCommand(options.endpoint, options.packFile, console);
        case Command::ListOutbox: return Versus::Core::listOutboxCommand(options.json, console);
        case Command::Report:
        case Command::Gui: break;
        }
        return 0;
    }

    QApplication app(argc, argv);
    // --lang, else the language chosen in Settings, else the system's.
    Versus::Gui::installTranslations(options.language.isEmpty() ? Versus::Core::Settings::instance().language()
                                                                : options.language);
    Versus::Gui::applyTheme(Versus::Core::Settings::instance().theme());

    QApplication::setWindowIcon(QIcon(u":/icons/versus.svg"_s));
    QApplication::setDesktopFileName(QStringLiteral(VERSUS_APP_ID));
    Versus::Gui::MainWindow window;
    window.openInitialPack(options.packFile);
    if (!options.endpoint.isEmpty())
        window.setEndpointOverride(QUrl(options.endpoint));
    if (options.quitAfterFirstPaint)
        new Versus::Gui::FirstPaintProbe(&window);
    window.show();
    window.activateWindow();
    return QApplication::exec();
}
