// Input benchmarks (issue #13, item 6): what --check-pack and Open Workshop do with large
// and hostile files. Each is read from a file, as the command and the window read it.
#include "core/pack/packloader.h"
#include "core/workshop/workshop.h"
#include "generatedpack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {

// A generated pack of about 12 MiB, with as many small source objects added to its
// criteria as fit just under the 16 MiB limit of a pack.
QByteArray largestPack()
{
    const qsizetype limit = PackLoader::maxFileSize - qsizetype(16) * 1024;
    int criteriaCount = 20000;
    QByteArray generated = Bench::generatedPack(criteriaCount, criteriaCount / 4, 14);
    while (generated.size() > limit * 3 / 4) {
        criteriaCount = static_cast<int>(criteriaCount * (limit * 3 / 4) / generated.size());
        generated = Bench::generatedPack(criteriaCount, criteriaCount / 4, 14);
    }
    QJsonObject pack = QJsonDocument::fromJson(generated).object();
    const QJsonArray base = pack.value(u"criteria"_s).toArray();
    qsizetype extra = (limit - generated.size()) / 190; // an added source is about 190 bytes
    for (;;) {
        QJsonArray criteria;
        for (qsizetype i = 0; i < base.size(); ++i) {
            QJsonObject c = base[i].toObject();
            QJsonArray sources = c.value(u"sources"_s).toArray();
            const qsizetype add = std::min<qsizetype>(49, extra / base.size() + (i < extra % base.size() ? 1 : 0));
            for (qsizetype s = 0; s < add; ++s)
                sources.append(QJsonObject{{u"title"_s, u"Source %1.%2"_s.arg(i).arg(s)},
                                           {u"url"_s, u"https://example.org/%1/%2"_s.arg(i).arg(s)},
                                           {u"asOf"_s, u"2026-06"_s}});
            c.insert(u"sources"_s, sources);
            criteria.append(c);
        }
        pack.insert(u"criteria"_s, criteria);
        QByteArray bytes = QJsonDocument(pack).toJson();
        if (bytes.size() <= limit || extra <= 0)
            return bytes;
        extra -= extra / 20 + 1;
    }
}

// The embedded pack with 100,000 keys this Versus does not know (a pack from a newer
// Versus, minified: about 1.5 MiB on one line).
QByteArray unknownKeysPack()
{
    QFile f(PackLoader::embeddedPackPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no embedded pack");
    QByteArray data = QJsonDocument::fromJson(f.readAll()).toJson(QJsonDocument::Compact);
    QByteArray keys;
    for (int i = 0; i < 100000; ++i)
        keys += "\"x-" + QByteArray::number(i).rightJustified(6, '0') + "\": 0, ";
    return data.insert(1, keys);
}

// About 2 MB: 15,000 answers, weights and notes each.
QByteArray largeWorkshop()
{
    Workshop w;
    w.packId = u"django-vs-fastapi"_s;
    for (int i = 0; i < 15000; ++i) {
        w.answers.insert(u"question-%1"_s.arg(i), {u"option-%1"_s.arg(i % 5)});
        w.weights.insert(u"category-%1"_s.arg(i), i % 6);
        w.notes.insert(u"criterion-%1"_s.arg(i), u"The client asked about this one on the %1th."_s.arg(i % 28 + 1));
    }
    return WorkshopFile::serialize(w);
}

} // namespace

class BenchInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"largest.json"_s, largestPack());
        write(u"unknown-keys.json"_s, unknownKeysPack());
        write(u"large.versus-workshop.json"_s, largeWorkshop());
        const auto largest = PackLoader::loadFile(m_dir.filePath(u"largest.json"_s));
        QVERIFY(largest.ok());
        qsizetype sources = 0;
        for (const auto &c : largest.pack->criteria)
            sources += c.sources.size();
        qInfo("largest.json: %lld criteria, %lld sources, %lld FAQ entries",
              static_cast<long long>(largest.pack->criteria.size()), static_cast<long long>(sources),
              static_cast<long long>(largest.pack->faq.size()));
    }

    void checkPack16MiB()
    {
        const QString path = m_dir.filePath(u"largest.json"_s);
        QBENCHMARK
        {
            const auto result = PackLoader::loadFile(path);
            QVERIFY(result.ok());
        }
    }

    void checkPackUnknownKeys()
    {
        const QString path = m_dir.filePath(u"unknown-keys.json"_s);
        QBENCHMARK
        {
            const auto result = PackLoader::loadFile(path);
            QVERIFY(!result.diagnostics.isEmpty());
        }
    }

    void openWorkshop2MB()
    {
        const QString path = m_dir.filePath(u"large.versus-workshop.json"_s);
        QBENCHMARK
        {
            const auto result = WorkshopFile::load(path);
            QVERIFY(result.workshop);
        }
    }

private:
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        qInfo("%s: %.2f MiB", qPrintable(name), static_cast<double>(bytes.size()) / (1024.0 * 1024.0));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(BenchInput)
#include "bench_input.moc"
