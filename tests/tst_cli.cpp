// Runs the real versus binary, as a user or a script would.
#include "testsupport.h"
#include "version.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run versus(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // headless commands must not need a display
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    // The user's own settings and data stay out of the test.
    static QTemporaryDir home;
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VERSUS_BINARY), arguments);
    if (!p.waitForFinished(30000))
        qFatal("versus did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void checkEmbeddedPack();
    void checkPackCounts();
    void checkBrokenPack();
    void checkMissingFile();
    void warningsStillPass();
    void manyWarningsStillPass();
    void exportTable();
    void report();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
};

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
    QFile in(QStringLiteral(VERSUS_TEST_DATA "/packs/minimal.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray data = in.readAll();
    data.replace("\"language\": \"en\",", "\"language\": \"en\",\n  \"theme\": \"dark\",");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(data);
    out.close();
    const Run r = versus({u"--check-pack"_s, path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"ok: "_s));
    QVERIFY2(r.err.contains(u"warning: at /theme: unknown key \"theme\""_s), qPrintable(r.err));
}

// A pack from a newer Versus with more unknown keys than the list shows: it still passes.
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
