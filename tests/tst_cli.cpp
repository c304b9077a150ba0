// Runs the real versus binary, as a user or a script would.
#include "testsupport.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The user's own settings and data stay out of the test: the runs' XDG folders are in here.
const QTemporaryDir &testHome()
{
    static QTemporaryDir home;
    return home;
}

// timeoutMs: a run that takes longer is killed and reported with exit code -2.
Run versus(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // headless commands must not need a display
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const QTemporaryDir &home = testHome();
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VERSUS_BINARY), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// What reaches a terminal: no control character but the line ends, each shown escaped instead.
bool isTerminalSafe(const QString &text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F);
    });
}

QString fifo(const QTemporaryDir &dir)
{
    QString path = dir.filePath(u"fifo"_s);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
        qFatal("mkfifo failed");
    return path;
}

const QByteArray validInquiry
    = R"({"name": "Ada", "email": "ada@example.org", "description": "An API", "consent": true})";

// A test pack with one piece of text replaced, written to path; false when the text is not there.
bool writePatchedPack(const QString &path, const QString &pack, const QByteArray &from, const QByteArray &to)
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/") + pack);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = in.readAll();
    if (!data.contains(from))
        return false;
    data.replace(from, to);
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
}

// stale-sources.json with its asOf dates replaced (old date -> new date), written to path.
void writeStalePack(const QString &path, const QList<std::pair<QByteArray, QDate>> &dates)
{
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/stale-sources.json"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read stale-sources.json");
    QByteArray data = in.readAll();
    for (const auto &[from, to] : dates) {
        const QByteArray quoted = "\"asOf\": \"" + from + '"';
        if (!data.contains(quoted))
            qFatal("no asOf %s in stale-sources.json", from.constData());
        const QByteArray replacement = "\"asOf\": \"" + to.toString(Qt::ISODate).toLatin1() + '"';
        data.replace(quoted, replacement);
    }
    writeFile(path, data);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void checkEmbeddedPack();
    void search();
    void checkPackCounts();
    void checkBrokenPack();
    void checkMissingFile();
    void checkPackEdgeAgainstRatings();
    void checkPackStale();
    void warningsStillPass();
    void strictFailsOnWarnings();
    void newPack();
    void importTable();
    void manyWarningsStillPass();
    void exportTable();
    void report();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void checkPackEscapesControlCharacters();
    void checkPackRefusesAFifo();
    void reportEscapesWorkshopKeys();
    void reportRefusesToOverwriteTheWorkshop();
    void queueInquiryInput_data();
    void queueInquiryInput();
};

// The output a script reads: KIND<TAB>ID<TAB>TITLE per hit, best first; exit 0 with hits, 1
// without, 2 when the pack cannot be read; a correction for a mistyped word on stderr only.
void TestCli::search()
{
    const Run hit = versus({u"--search"_s, u"database migrations"_s});
    QCOMPARE(hit.exitCode, 0);
    QCOMPARE(hit.out.split(u'\n').first(), u"criterion\tmigrations\tSchema migrations"_s);
    QCOMPARE(hit.err, QString());
    const Run typo = versus({u"--search"_s, u"celary"_s});
    QCOMPARE(typo.exitCode, 0);
    QVERIFY(typo.out.contains(u"criterion\tjob-queues\t"_s));
    QCOMPARE(typo.err, u"Did you mean “celery”?\n"_s);
    const Run none = versus({u"--search"_s, u"zzqxv"_s});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.out, QString());
    const Run noPack = versus({u"--search"_s, u"admin"_s, u"--pack"_s, u"/nonexistent/pack.json"_s});
    QCOMPARE(noPack.exitCode, 2);
}

void TestCli::init()
{
    Versus::Test::failOnWarnings();
}

void TestCli::checkEmbeddedPack()
{
    const Run r
        = versus({u"--check-pack"_s, QStringLiteral(VERSUS_SOURCE_DIR "/resources/packs/django-vs-fastapi.json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    static const QRegularExpression line(
        u"^ok: 2 contenders, (\\d+) summary rows, (\\d+) criteria in (\\d+) categories, (\\d+) FAQ entries, (\\d+) "
        "questions, (\\d+) sources\\n$"_s);
    const auto m = line.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QVERIFY(m.captured(1).toInt() >= 12);
    QVERIFY(m.captured(2).toInt() >= 40);
    QVERIFY(m.captured(3).toInt() >= 8);
    QVERIFY(m.captured(4).toInt() >= 20);
    QVERIFY(m.captured(5).toInt() >= 14);
    QVERIFY(m.captured(6).toInt() >= 30);
}

void TestCli::checkPackCounts()
{
    const Run r = versus({u"--check-pack"_s, QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out,
        u"ok: 2 contenders, 2 summary rows, 3 criteria in 2 categories, 2 FAQ entries, 2 questions, 3 sources\n"_s);
}

void TestCli::checkBrokenPack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"versus-pack/1\",\n  \"id\": 42\n}\n");
    f.close();
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(path + u":3:9: error: at /id: expected a string, got 42\n"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(path + u":1:1: error: at /: missing required key \"title\""_s));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\n  \"format\": \"versus-pack/1\",\n  \"id\": 'x'\n}\n");
    f.close();
    const Run syntax = versus({u"--check-pack"_s, path});
    QCOMPARE(syntax.exitCode, 1);
    QVERIFY2(syntax.err.startsWith(path + u":3:9: error: "_s), qPrintable(syntax.err));
}

void TestCli::checkMissingFile()
{
    const Run r = versus({u"--check-pack"_s, u"/nonexistent/pack.json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"/nonexistent/pack.json"_s));
    QCOMPARE(r.out, QString());
}

void TestCli::warningsStillPass()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.json"_s);
    QVERIFY(writePatchedPack(path, u"minimal.json"_s, "\"language\": \"en\",",
                             "\"language\": \"en\",\n  \"theme\": \"dark\","));
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"ok: "_s));
    QVERIFY2(r.err.contains(u"warning: at /theme: unknown key \"theme\""_s), qPrintable(r.err));
}

// --check-pack names the edge that contradicts the ratings, with its place and pointer.
void TestCli::checkPackEdgeAgainstRatings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"three.json"_s);
    QVERIFY(writePatchedPack(path, u"three-contenders.json"_s,
                             "\"edge\": \"tie\",\n      \"explanation\": \"Both smell good.\"",
                             "\"edge\": [\"tea\", \"coffee\"],\n      \"explanation\": \"Both smell good.\""));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray data = written.readAll();
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"ok: 3 contenders"_s));
    static const QRegularExpression warning(
        u"^"_s + QRegularExpression::escape(path)
        + u":(\\d+):(\\d+): warning: at /criteria/1/edge: the edge names \"tea\", \"coffee\", but every contender is "
          "rated 3\n$"_s);
    const auto m = warning.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));
    const QList<QByteArray> lines = data.split('\n');
    QVERIFY(lines.value(m.captured(1).toInt() - 1).mid(m.captured(2).toInt() - 1).startsWith("[\"tea\""));
}

// --strict: a warning fails the check (exit 1), for a pack repository's own CI.
void TestCli::strictFailsOnWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"unfinished.json"_s);
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    data.replace("\"Both smell good.\"", "\"TODO: say why\"");
    writeFile(path, data);
    QCOMPARE(versus({u"--check-pack"_s, path}).exitCode, 0);
    const Run strict = versus({u"--check-pack"_s, path, u"--strict"_s});
    QCOMPARE(strict.exitCode, 1);
    QVERIFY2(strict.err.contains(u"warning: at /criteria/1/explanation: still to be written"_s),
             qPrintable(strict.err));
    QVERIFY2(strict.err.contains(u": 1 warning, and --strict fails on warnings"_s), qPrintable(strict.err));
    // The flag may come first, as "versus --check-pack --strict PACK", and with --stale.
    const Run first = versus({u"--check-pack"_s, u"--strict"_s, path});
    QCOMPARE(first.exitCode, 1);
    QCOMPARE(first.err, strict.err);
    QCOMPARE(
        versus({u"--check-pack"_s, u"--strict"_s, QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")}).exitCode, 0);
    QCOMPARE(versus({u"--check-pack"_s, u"--strict"_s}).exitCode, 2);
    const Run clean
        = versus({u"--check-pack"_s, QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"), u"--strict"_s});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.err, QString());
    QCOMPARE(versus({u"--strict"_s, u"--export-table"_s, dir.filePath(u"t.csv"_s)}).exitCode, 2);
}

// A pack from a newer Versus with more unknown keys than the list shows: it still passes.
// The sources older than the "old source" setting, as the Detailed comparison marks them: one
// CRITERION, TITLE, URL, ASOF line each; exit 0 when none is, 1 when some are, 2 for a broken pack.
void TestCli::checkPackStale()
{
    QTemporaryDir dir;
    const QDate today = QDate::currentDate();
    const QString date = today.toString(Qt::ISODate);
    const QString sixMonths = today.addMonths(-6).toString(Qt::ISODate);
    // One source read today, one six months ago; the old coffee book stays at 2019-05.
    const QString pack = dir.filePath(u"stale.json"_s);
    writeStalePack(pack, {{"2026-11-20", today}, {"2026-06-01", today.addMonths(-6)}});
    const QString old = u"roast\tAn old coffee book\thttps://example.org/old-coffee-book\t2019-05\n"_s;

    // The default: 18 months. --stale before or after the file.
    for (const QStringList &arguments :
         {QStringList{u"--check-pack"_s, u"--stale"_s, pack}, QStringList{u"--check-pack"_s, pack, u"--stale"_s}}) {
        const Run r = versus(arguments);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, old);
        QVERIFY2(r.err.endsWith(u"1 source is older than 18 months on "_s + date + u'\n'), qPrintable(r.err));
    }

    // Three months: the source read six months ago is old too.
    const QString config = testHome().filePath(u"config/Versus"_s);
    QVERIFY(QDir().mkpath(config));
    writeFile(config + u"/Versus.conf"_s, "[display]\nsourceMaxAgeMonths=3\n");
    const Run three = versus({u"--check-pack"_s, u"--stale"_s, pack});
    QVERIFY(QFile::remove(config + u"/Versus.conf"_s));
    QCOMPARE(three.exitCode, 1);
    QCOMPARE(three.out, old + u"brew\tA coffee site\thttps://example.org/coffee-site\t"_s + sixMonths + u'\n');
    QVERIFY2(three.err.endsWith(u"2 sources are older than 3 months on "_s + date + u'\n'), qPrintable(three.err));

    // Nothing old: exit 0, nothing listed.
    const QString fresh = dir.filePath(u"fresh.json"_s);
    writeStalePack(fresh, {{"2019-05", today}, {"2026-11-20", today}, {"2026-06-01", today.addMonths(-6)}});
    const Run none = versus({u"--check-pack"_s, u"--stale"_s, fresh});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QString());
    QVERIFY2(none.err.endsWith(u"0 sources are older than 18 months on "_s + date + u'\n'), qPrintable(none.err));

    // A pack that cannot be read.
    const Run broken = versus({u"--check-pack"_s, u"--stale"_s, u"/nonexistent/pack.json"_s});
    QCOMPARE(broken.exitCode, 2);
    QCOMPARE(broken.out, QString());
    QVERIFY(broken.err.contains(u"/nonexistent/pack.json"_s));
}

void TestCli::manyWarningsStillPass()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.json"_s);
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    QByteArray keys;
    for (int i = 0; i < 250; ++i)
        keys += "\"x-" + QByteArray::number(i) + "\": 0,\n";
    data.insert(data.indexOf('{') + 1, keys);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"ok: "_s));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 201);
    QVERIFY2(lines[199].endsWith(u": warning: at /x-199: unknown key \"x-199\" (ignored)"_s), qPrintable(lines[199]));
    QCOMPARE(lines[200], path + u": warning: 50 more warnings not listed"_s);
    QVERIFY(!r.err.contains(u"error"_s));
}

// --new-pack writes a pack that checks with warnings only (each TODO), and never overwrites.
void TestCli::newPack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.json"_s);
    const Run made = versus(
        {u"--new-pack"_s, path, u"--contenders"_s, u"PostgreSQL,MySQL,SQLite"_s, u"--title"_s, u"Databases"_s});
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.startsWith(u"wrote "_s + path), qPrintable(made.out));
    const Run check = versus({u"--check-pack"_s, path});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.startsWith(u"ok: 3 contenders"_s));
    QVERIFY(check.err.contains(u"still to be written"_s));
    QVERIFY(!check.err.contains(u"error:"_s));
    QCOMPARE(versus({u"--check-pack"_s, path, u"--strict"_s}).exitCode, 1);
    const Run again = versus({u"--new-pack"_s, path, u"--contenders"_s, u"A,B"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"exists already"_s));
    QCOMPARE(versus({u"--new-pack"_s, dir.filePath(u"one.json"_s), u"--contenders"_s, u"Alone"_s}).exitCode, 2);
    QCOMPARE(versus({u"--new-pack"_s, dir.filePath(u"none.json"_s)}).exitCode, 2);
    QCOMPARE(versus({u"--contenders"_s, u"A,B"_s}).exitCode, 2);
}

// --import-table: the exported table, edited, back into a new pack; a bad cell by row and column.
void TestCli::importTable()
{
    QTemporaryDir dir;
    const QString pack = QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json");
    const QString table = dir.filePath(u"t.csv"_s);
    QCOMPARE(versus({u"--pack"_s, pack, u"--export-table"_s, table}).exitCode, 0);
    QFile in(table);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray csv = in.readAll();
    in.close();
    csv.replace("Floral,3", "Floral,5");
    writeFile(table, csv);
    const QString out = dir.filePath(u"new.json"_s);
    const Run r = versus({u"--pack"_s, pack, u"--import-table"_s, table, u"--out"_s, out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"1 criteria changed, 0 added"_s), qPrintable(r.out));
    const Run export2 = versus({u"--pack"_s, out, u"--export-table"_s, dir.filePath(u"t2.csv"_s)});
    QCOMPARE(export2.exitCode, 0);
    QFile again(dir.filePath(u"t2.csv"_s));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), csv);

    csv.replace("Floral,5", "Floral,high");
    writeFile(table, csv);
    const QString bad = dir.filePath(u"bad.json"_s);
    const Run refused = versus({u"--pack"_s, pack, u"--import-table"_s, table, u"--out"_s, bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(table + u":3:5: error: column E (Tea rating): expected an integer from 0 to 5"_s),
             qPrintable(refused.err));
    QVERIFY(!QFile::exists(bad));
    QCOMPARE(versus({u"--import-table"_s, table, u"--out"_s, bad}).exitCode, 2); // no --pack
    QCOMPARE(versus({u"--pack"_s, pack, u"--import-table"_s, table}).exitCode, 2); // no --out
}

void TestCli::exportTable()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"out.csv"_s);
    const Run r
        = versus({u"--export-table"_s, csv, u"--pack"_s, QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json")});
    QCOMPARE(r.exitCode, 0);
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QFile expected(QStringLiteral(VERSUS_TEST_DATA "/expected/minimal-default-weights.csv"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), expected.readAll());

    const QString md = dir.filePath(u"out.md"_s);
    QCOMPARE(versus({u"--export-table"_s, md}).exitCode, 0); // the embedded pack
    QFile markdown(md);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    const QByteArray text = markdown.readAll();
    QVERIFY(text.startsWith("# Django vs FastAPI\n"));
    QVERIFY(text.count("\n| ") > 40);

    const Run broken = versus({u"--export-table"_s, csv, u"--pack"_s, u"/nonexistent.json"_s});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains(u"/nonexistent.json"_s));
    const Run unwritable = versus({u"--export-table"_s, dir.filePath(u"no/such/dir/out.csv"_s)});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains(u"cannot write"_s));
}

void TestCli::report()
{
    QTemporaryDir dir;
    const QString workshop = dir.filePath(u"w.json"_s);
    QFile w(workshop);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write(R"({"format": "versus-workshop/1", "pack": {"id": "django-vs-fastapi"},
                "answers": {"project-type": "full-stack-web", "admin-needed": "essential", "data-model": "complex",
                            "frontend": "server-rendered", "team-experience": "django-experts"}})");
    w.close();
    for (const QString &suffix : {u"md"_s, u"html"_s, u"pdf"_s}) {
        const QString out = dir.filePath(u"report."_s + suffix);
        const Run r = versus({u"--workshop"_s, workshop, u"--report"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Verdict: Django\n"_s);
        // The chart is drawn without a window: the offscreen platform has nothing to remark.
        QVERIFY2(!r.err.contains(u"propagateSizeHints"_s), qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 1000);
    }
    const QString md = dir.filePath(u"report.md"_s);
    QFile f(md);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\nVerdict: Django\n"));

    QVERIFY(w.open(QIODevice::WriteOnly | QIODevice::Truncate));
    w.write(R"({"format": "versus-workshop/1", "answers": []})");
    w.close();
    const Run bad = versus({u"--workshop"_s, workshop, u"--report"_s, dir.filePath(u"x.md"_s)});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(workshop + u":1:"_s), qPrintable(bad.err));
    QCOMPARE(versus({u"--workshop"_s, u"/nonexistent.json"_s, u"--report"_s, dir.filePath(u"x.md"_s)}).exitCode, 1);
    QCOMPARE(versus({u"--workshop"_s, workshop, u"--report"_s, dir.filePath(u"x.docx"_s)}).exitCode, 2);
    QCOMPARE(versus({u"--report"_s, dir.filePath(u"x.md"_s)}).exitCode, 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("unknown option") << QStringList{u"--frobnicate"_s};
    QTest::addRow("missing value") << QStringList{u"--check-pack"_s};
    QTest::addRow("two packs") << QStringList{u"a.json"_s, u"b.json"_s};
    QTest::addRow("two commands") << QStringList{u"--check-pack"_s, u"a.json"_s, u"--export-table"_s, u"b.csv"_s};
    QTest::addRow("export format") << QStringList{u"--export-table"_s, u"out.xlsx"_s};
    QTest::addRow("stale alone") << QStringList{u"--stale"_s};
    QTest::addRow("stale with search") << QStringList{u"--search"_s, u"x"_s, u"--stale"_s};
    QTest::addRow("stale first, no pack") << QStringList{u"--check-pack"_s, u"--stale"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = versus(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(u"versus: "_s));
}

void TestCli::helpAndVersion()
{
    const Run help = versus({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(u"Usage: versus [options] [pack]"_s));
    QVERIFY(help.out.contains(u"--check-pack <file>"_s));
    const Run version = versus({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, u"Versus " VERSUS_VERSION "\n"_s);
}

void TestCli::checkPackEscapesControlCharacters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.json"_s);
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    // An unknown key (a warning that quotes it) and a value with control characters (an error).
    data.replace("\"language\": \"en\",",
                 R"("language": "en", "\u001b]0;owned\u0007\u001b[2J\u009b31m": 1, "\t\nkey": 2,)");
    writeFile(path, data);
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(isTerminalSafe(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"unknown key \"\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"unknown key \"\\u0009\\u000akey\""_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 2); // one line per warning
}

void TestCli::checkPackRefusesAFifo()
{
    QTemporaryDir dir;
    const QString path = fifo(dir);
    // Nobody writes to it: reading it would wait for ever.
    const Run r = versus({u"--check-pack"_s, path}, 5000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + u": error: is not a regular file"_s), qPrintable(r.err));
    // --report's workshop is read the same way.
    const Run report = versus({u"--workshop"_s, path, u"--report"_s, dir.filePath(u"r.md"_s)}, 5000);
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(u"is not a regular file"_s), qPrintable(report.err));
}

void TestCli::reportEscapesWorkshopKeys()
{
    QTemporaryDir dir;
    const QString workshop = dir.filePath(u"w.json"_s);
    writeFile(workshop, R"({"format": "versus-workshop/1", "pack": {"id": "django-vs-fastapi"},
                            "answers": {"\u001b]0;owned\u0007": "x", "a\nb": "y"}})");
    const Run r = versus({u"--workshop"_s, workshop, u"--report"_s, dir.filePath(u"r.md"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(isTerminalSafe(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"no question \"\\u001b]0;owned\\u0007\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"no question \"a\\u000ab\""_s), qPrintable(r.err));
}

void TestCli::reportRefusesToOverwriteTheWorkshop()
{
    QTemporaryDir dir;
    const QByteArray content = R"({"format": "versus-workshop/1", "pack": {"id": "django-vs-fastapi"}, "answers": {}})";
    const QString workshop = dir.filePath(u"w.md"_s);
    writeFile(workshop, content);
    QVERIFY(QFile::link(workshop, dir.filePath(u"link.md"_s)));
    // The same file by its name, by another spelling and through a link.
    for (const QString &report : QStringList{workshop, dir.path() + u"/./w.md"_s, dir.filePath(u"link.md"_s)}) {
        const Run r = versus({u"--workshop"_s, workshop, u"--report"_s, report});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"would overwrite the workshop"_s), qPrintable(r.err));
        QFile f(workshop);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
}

void TestCli::queueInquiryInput_data()
{
    QTest::addColumn<QByteArray>("data"); // empty: a FIFO
    QTest::addColumn<QString>("message");
    const qint64 mib = qint64(1024) * 1024;
    QByteArray padded = validInquiry;
    padded += QByteArray(mib - padded.size(), ' ');
    QTest::addRow("garbage after 1 MiB") << padded + "garbage" << u"larger than 1 MiB"_s;
    QByteArray big = validInquiry;
    big.replace("An API", QByteArray(mib, 'x'));
    QTest::addRow("over 1 MiB") << big << u"larger than 1 MiB"_s;
    QByteArray twice = validInquiry;
    twice.replace(R"("name": "Ada",)", R"("name": "Ada", "name": "Eve",)");
    QTest::addRow("duplicate key") << twice << u"error: at /name: duplicate key \"name\""_s;
    QTest::addRow("garbage") << validInquiry + " x" << u":1:"_s;
    QTest::addRow("not an object") << QByteArray("[1]") << u"expected an object"_s;
    QByteArray hostile = validInquiry;
    hostile.replace(R"("name")", R"("\u001b[2J\u0007": 1, "name")");
    QTest::addRow("hostile field id") << hostile << u"error: \\u001b[2J\\u0007: is not a field of this form"_s;
    QTest::addRow("fifo") << QByteArray() << u"is not a regular file"_s;
}

void TestCli::queueInquiryInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = dir.filePath(u"inquiry.json"_s);
    if (data.isEmpty())
        path = fifo(dir);
    else
        writeFile(path, data);
    const Run r = versus({u"--queue-inquiry"_s, path}, 5000);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString()); // nothing queued
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(isTerminalSafe(r.err), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
