#include "core/pack/packlibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

void copy(const QString &fixture, const QString &to)
{
    if (!QFile::copy(QStringLiteral(VERSUS_TEST_DATA "/packs/") + fixture, to))
        qFatal("cannot copy %s", qPrintable(fixture));
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestPackLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { Versus::Test::failOnWarnings(); }
    void scanListsEachPackOnce();
    void addNeverOverwrites();
    void removeCanBeUndone();
};

void TestPackLibrary::scanListsEachPackOnce()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"user"_s));
    QDir().mkpath(dir.filePath(u"system"_s));
    copy(u"minimal.json"_s, dir.filePath(u"user/tea.json"_s));
    write(dir.filePath(u"user/broken.json"_s), "{\"format\": \"versus-pack/1\"}");
    write(dir.filePath(u"user/notes.txt"_s), "not a pack");
    copy(u"three-contenders.json"_s, dir.filePath(u"system/three.json"_s));
    copy(u"verdict.json"_s, dir.filePath(u"elsewhere.json"_s));
    const QStringList recent{dir.filePath(u"user/tea.json"_s), dir.filePath(u"elsewhere.json"_s),
                             dir.filePath(u"gone.json"_s)};
    const auto entries = PackLibrary::scan(dir.filePath(u"user"_s), {dir.filePath(u"system"_s)}, recent);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[0].path, QFileInfo(dir.filePath(u"user/broken.json"_s)).canonicalFilePath());
    QVERIFY(!entries[0].loads());
    QCOMPARE(entries[0].title, u"broken.json"_s);
    QVERIFY(entries[0].firstProblem.contains(u"missing required key"_s));
    const auto &tea = entries[1];
    QCOMPARE(tea.origin, PackLibrary::Origin::User);
    QCOMPARE(tea.title, u"Tea vs Coffee"_s);
    QCOMPARE(tea.contenders, (QStringList{u"Tea"_s, u"Coffee"_s}));
    QCOMPARE(tea.version, u"1.0"_s);
    QCOMPARE(tea.updated, QDate(2026, 1, 15));
    QCOMPARE(tea.errors + tea.warnings, 0);
    QCOMPARE(entries[2].origin, PackLibrary::Origin::System);
    QCOMPARE(entries[2].contenders.size(), 3);
    QCOMPARE(entries[3].origin, PackLibrary::Origin::Recent);
    QVERIFY(PackLibrary::contains(dir.filePath(u"system/three.json"_s), dir.filePath(u"user"_s),
                                  {dir.filePath(u"system"_s)}));
    QVERIFY(!PackLibrary::contains(dir.filePath(u"elsewhere.json"_s), dir.filePath(u"user"_s),
                                   {dir.filePath(u"system"_s)}));
}

void TestPackLibrary::addNeverOverwrites()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"pack.json"_s);
    copy(u"minimal.json"_s, source);
    const QString folder = dir.filePath(u"library/packs"_s);
    const auto first = PackLibrary::add(source, folder);
    QVERIFY(first);
    QCOMPARE(*first, folder + u"/pack.json"_s);
    const auto second = PackLibrary::add(source, folder);
    QVERIFY(second);
    QCOMPARE(*second, folder + u"/pack-2.json"_s);
    QVERIFY(QFile::exists(*first));
}

void TestPackLibrary::removeCanBeUndone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tea.json"_s);
    copy(u"minimal.json"_s, path);
    const auto removed = PackLibrary::remove(path, dir.path());
    QVERIFY(removed);
    QVERIFY(!QFile::exists(path));
    QVERIFY(PackLibrary::scan(dir.path(), {}, {}).isEmpty()); // the folder aside is not listed
    QVERIFY(PackLibrary::restore(*removed, path));
    QVERIFY(QFile::exists(path));
    QCOMPARE(PackLibrary::scan(dir.path(), {}, {}).size(), 1);
}

QTEST_GUILESS_MAIN(TestPackLibrary)
#include "tst_packlibrary.moc"
