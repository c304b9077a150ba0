// Versus: parses the command line and wires the core to the user interface.
#include "core/app/appcontext.h"
#include "core/commands/authoringcommands.h"
#include "core/commands/commands.h"
#include "core/common/logging.h"
#include "core/settings/settings.h"
#include "ui/firstpaintprobe.h"
#include "ui/mainwindow.h"
#include "ui/report/report.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <array>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

enum class Command {
    Gui,
    CheckPack,
    ExportTable,
    Search,
    Report,
    QueueInquiry,
    SendOutbox,
    ListOutbox,
    TestEndpoint,
    NewPack,
    ImportTable
};

struct Options {
    Command command = Command::Gui;
    QString argument; // the command's own: the file to check, export, report to or queue; the search text
    QString packFile; // the pack to open or to work on
    QString workshopFile; // --workshop (with --report)
    QString endpoint; // --endpoint
    bool json = false; // --json
    bool strict = false; // --strict (with --check-pack)
    QStringList contenders; // --contenders (with --new-pack)
    QString title; // --title (with --new-pack)
    QString outFile; // --out (with --import-table)
    QString language; // --lang
    bool quitAfterFirstPaint = false; // for the start-up benchmark
    bool stale = false; // --stale (with --check-pack)
};

// The command line's words, translated in the context "main".
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(main)

public:
    // Fills options; returns an exit code when the program should stop.
    static std::optional<int> parse(const QStringList &arguments, Options &options);

private:
    struct AuthoringOptions {
        const QCommandLineOption &contenders;
        const QCommandLineOption &title;
        const QCommandLineOption &out;
    };
    // --new-pack's and --import-table's own options; what is wrong with them, if anything.
    static std::optional<QString> parseAuthoringOptions(const QCommandLineParser &parser, const AuthoringOptions &given,
                                                        Options &options);
    static int usageError(const QString &message)
    {
        Versus::Core::Console().error(u"versus: "_s + message);
        return 2;
    }
};

std::optional<int> CommandLine::parse(const QStringList &arguments, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Versus: compare two to four technologies with a client, with a verdict you can explain."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption checkPack(u"check-pack"_s, tr("Check a content pack and report its problems."),
                                       tr("file"));
    const QCommandLineOption pack(u"pack"_s, tr("The content pack to use."), tr("file"));
    const QCommandLineOption exportTable(
        u"export-table"_s, tr("Write the detailed comparison to a .csv or .md file, then exit."), tr("file"));
    const QCommandLineOption search(
        u"search"_s, tr("Search everything the pack says; print KIND, ID and TITLE per hit, best first."), tr("text"));
    const QCommandLineOption workshop(u"workshop"_s, tr("A workshop file (with --report)."), tr("file"));
    const QCommandLineOption report(u"report"_s,
                                    tr("Write the workshop's decision report to a .pdf, .html or .md file, "
                                       "print its Verdict line, then exit."),
                                    tr("file"));
    const QCommandLineOption queueInquiry(
        u"queue-inquiry"_s, tr("Validate an inquiry (a JSON object of field id -> value) and queue it."), tr("file"));
    const QCommandLineOption sendOutbox(u"send-outbox"_s, tr("Try to send every queued inquiry once, now."));
    const QCommandLineOption listOutbox(u"list-outbox"_s, tr("List the outbox."));
    const QCommandLineOption testEndpoint(u"test-endpoint"_s,
                                          tr("Send a test request to where inquiries go and show the answer."));
    const QCommandLineOption endpoint(u"endpoint"_s, tr("Where inquiries are sent (overrides Settings and the pack)."),
                                      tr("url"));
    const QCommandLineOption json(u"json"_s, tr("With --list-outbox: print JSON."));
    const QCommandLineOption strict(u"strict"_s, tr("With --check-pack: fail on warnings too."));
    const QCommandLineOption newPack(u"new-pack"_s, tr("Write a new pack to fill in (with --contenders)."), tr("file"));
    const QCommandLineOption contenders(u"contenders"_s, tr("With --new-pack: 2 to 4 names, separated by commas."),
                                        tr("names"));
    const QCommandLineOption title(u"title"_s, tr("With --new-pack: the pack's title."), tr("text"));
    const QCommandLineOption importTable(
        u"import-table"_s, tr("Apply a criteria table (.csv, as --export-table writes it) to --pack; write --out."),
        tr("file"));
    const QCommandLineOption out(u"out"_s, tr("With --import-table: the pack to write."), tr("file"));
    const QCommandLineOption lang(u"lang"_s, tr("The language of the interface (de, en, fr); the system's by default."),
                                  tr("code"));
    QCommandLineOption firstPaint(u"quit-after-first-paint"_s, u"For the start-up benchmark."_s);
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({checkPack,  exportTable,  search,     workshop, report,      queueInquiry, sendOutbox,
                       listOutbox, testEndpoint, endpoint,   json,     lang,        pack,         firstPaint,
                       strict,     newPack,      contenders, title,    importTable, out});
    parser.addPositionalArgument(u"pack"_s, tr("A content pack to open (JSON)."), u"[pack]"_s);
    const QCommandLineOption stale(
        u"stale"_s, tr("With --check-pack: list the sources older than Settings' \"Mark sources older than\"."));
    parser.addOption(stale);
    if (!parser.parse(arguments)) {
        // The error quotes what was typed, which may hold anything.
        Versus::Core::Console console;
        console.error(u"versus: "_s + parser.errorText());
        console.error(tr("Try 'versus --help'.\n").trimmed());
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
    if (positional.size() > 1 || (parser.isSet(pack) && !positional.isEmpty()))
        return usageError(tr("give at most one pack"));

    // The commands, each with the option that names it; at most one at a time.
    const std::array<std::pair<const QCommandLineOption *, Command>, 10> commands{{
        {&checkPack, Command::CheckPack},
        {&exportTable, Command::ExportTable},
        {&search, Command::Search},
        {&report, Command::Report},
        {&queueInquiry, Command::QueueInquiry},
        {&sendOutbox, Command::SendOutbox},
        {&listOutbox, Command::ListOutbox},
        {&testEndpoint, Command::TestEndpoint},
        {&newPack, Command::NewPack},
        {&importTable, Command::ImportTable},
    }};
    int given = 0;
    for (const auto &[option, command] : commands) {
        if (!parser.isSet(*option))
            continue;
        ++given;
        options.command = command;
        if (!option->valueName().isEmpty())
            options.argument = parser.value(*option);
    }
    if (given > 1)
        return usageError(tr("give one command at a time"));
    if (options.command == Command::Report && !parser.isSet(workshop))
        return usageError(tr("--report needs --workshop FILE"));
    if (parser.isSet(workshop) && options.command != Command::Report)
        return usageError(tr("--workshop needs --report FILE"));
    // "--check-pack --stale PACK" and "--check-pack --strict PACK": the parser reads the
    // flag as --check-pack's file; it is the flag, and the file is the next argument.
    bool staleFirst = false;
    bool strictFirst = false;
    for (qsizetype next = 0; options.command == Command::CheckPack
         && (options.argument == u"--stale"_s || options.argument == u"--strict"_s);) {
        (options.argument == u"--stale"_s ? staleFirst : strictFirst) = true;
        options.argument = positional.value(next++);
    }
    options.stale = staleFirst || parser.isSet(stale);
    if (options.stale && (options.command != Command::CheckPack || options.argument.isEmpty()))
        return usageError(tr("--stale needs --check-pack FILE"));

    options.packFile = parser.isSet(pack) ? parser.value(pack) : positional.value(0);
    options.workshopFile = parser.value(workshop);
    options.endpoint = parser.value(endpoint);
    options.language = parser.value(lang);
    options.json = parser.isSet(json);
    options.strict = strictFirst || parser.isSet(strict);
    if (options.strict && (options.command != Command::CheckPack || options.argument.isEmpty()))
        return usageError(tr("--strict needs --check-pack FILE"));
    if (const auto problem = parseAuthoringOptions(parser, {contenders, title, out}, options))
        return usageError(*problem);
    options.quitAfterFirstPaint = parser.isSet(firstPaint);
    return std::nullopt;
}

std::optional<QString> CommandLine::parseAuthoringOptions(const QCommandLineParser &parser,
                                                          const AuthoringOptions &given, Options &options)
{
    const bool newPack = options.command == Command::NewPack;
    const bool importTable = options.command == Command::ImportTable;
    if (newPack && !parser.isSet(given.contenders))
        return tr("--new-pack needs --contenders \"A,B\"");
    if (!newPack && (parser.isSet(given.contenders) || parser.isSet(given.title)))
        return tr("--contenders and --title need --new-pack FILE");
    if (importTable && (!parser.isSet(given.out) || options.packFile.isEmpty()))
        return tr("--import-table needs --pack PACK and --out NEWPACK");
    if (!importTable && parser.isSet(given.out))
        return tr("--out needs --import-table FILE");
    options.contenders = parser.value(given.contenders).split(u',');
    options.title = parser.value(given.title);
    options.outFile = parser.value(given.out);
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    Versus::Core::startupCheckpoint("main");
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
    if (const auto exitCode = CommandLine::parse(arguments, options))
        return *exitCode;

    if (options.command == Command::Report) {
        // Charts and PDF need the GUI libraries, but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        Versus::Core::Console console;
        return Versus::Gui::reportCommand(options.workshopFile, options.argument, options.packFile, console);
    }
    if (options.command != Command::Gui) {
        QCoreApplication app(argc, argv);
        Versus::Core::Console console;
        if (options.stale)
            return Versus::Core::staleSourcesCommand(options.argument,
                                                     Versus::Core::Settings::instance().sourceMaxAgeMonths(),
                                                     QDate::currentDate(), console);
        switch (options.command) {
        case Command::CheckPack: return Versus::Core::checkPackCommand(options.argument, console, options.strict);
        case Command::ExportTable: return Versus::Core::exportTableCommand(options.argument, options.packFile, console);
        case Command::Search: return Versus::Core::searchCommand(options.argument, options.packFile, console);
        case Command::QueueInquiry:
            return Versus::Core::queueInquiryCommand(options.argument, options.packFile, console);
        case Command::SendOutbox: return Versus::Core::sendOutboxCommand(options.endpoint, options.packFile, console);
        case Command::ListOutbox: return Versus::Core::listOutboxCommand(options.json, console);
        case Command::TestEndpoint:
            return Versus::Core::testEndpointCommand(options.endpoint, options.packFile, console);
        case Command::NewPack:
            return Versus::Core::newPackCommand(options.argument, options.contenders, options.title, console);
        case Command::ImportTable:
            return Versus::Core::importTableCommand(options.argument, options.packFile, options.outFile, console);
        case Command::Report:
        case Command::Gui: break;
        }
        return 0;
    }

    QApplication app(argc, argv);
    Versus::Core::startupCheckpoint("QApplication");
    // --lang, else the language chosen in Settings, else the system's.
    Versus::Gui::installTranslations(options.language.isEmpty() ? Versus::Core::Settings::instance().language()
                                                                : options.language);
    Versus::Core::startupCheckpoint("translations");
    Versus::Gui::applyTheme(Versus::Core::Settings::instance().theme());
    Versus::Core::startupCheckpoint("theme");

    QApplication::setWindowIcon(QIcon(u":/icons/versus.svg"_s));
    QApplication::setDesktopFileName(QStringLiteral(VERSUS_APP_ID));
    Versus::Core::startupCheckpoint("window icon");
    // The services outlive the window and everything in it.
    Versus::Core::AppContext context;
    if (!options.endpoint.isEmpty())
        context.setEndpointOverride(QUrl(options.endpoint));
    Versus::Core::startupCheckpoint("AppContext");
    Versus::Gui::MainWindow window(&context);
    Versus::Core::startupCheckpoint("MainWindow");
    window.openInitialPack(options.packFile);
    Versus::Core::startupCheckpoint("initial pack and first section");
    if (options.quitAfterFirstPaint)
        new Versus::Gui::FirstPaintProbe(&window);
    if (lcStartup().isDebugEnabled()) // the last checkpoint, once the window has painted
        new Versus::Gui::FirstPaintProbe(&window, [] { Versus::Core::startupCheckpoint("first paint delivered"); });
    window.show();
    window.activateWindow();
    Versus::Core::startupCheckpoint("show");
    return QApplication::exec();
}
