// Search benchmarks on a generated pack of 10,000 criteria and 2,000 FAQ entries.
#include "benchreport.h"
#include "core/pack/packloader.h"
#include "core/search/searchindex.h"
#include "core/search/searchresultsmodel.h"
#include "generatedpack.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

class BenchSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = PackLoader::loadData(Bench::generatedPack(10000, 2000, 14), u"generated.json"_s);
        QVERIFY(result.ok());
        m_pack = result.pack;
        m_index = std::make_unique<SearchIndex>(*m_pack);
        // Realistic queries: words, prefixes being typed, two-word queries, typos, misses.
        const QStringList words{u"async"_s,      u"database"_s,   u"template"_s,  u"admin"_s,    u"schema"_s,
                                u"migration"_s,  u"validation"_s, u"session"_s,   u"token"_s,    u"worker"_s,
                                u"queue"_s,      u"deploy"_s,     u"container"_s, u"latency"_s,  u"typed"_s,
                                u"serializer"_s, u"cafe"_s,       u"resume"_s,    u"security"_s, u"middleware"_s,
                                u"criterion"_s,  u"question"_s};
        for (const QString &w : words) {
            for (int n = 1; n <= w.size(); ++n)
                m_queries.append(w.left(n));
            m_queries.append(w + u" cache"_s);
            if (w.size() >= 5)
                m_queries.append(w.left(2) + w[3] + w[2] + w.mid(4)); // two letters swapped
        }
        m_queries.append({u"nothing like this"_s, u"zzzzzz"_s, u"criterion 4711"_s, u"question 12"_s,
                          u"async database migrations"_s, u"validations"_s, u"migr"_s, u"serialisers"_s});
    }

    void buildIndex()
    {
        QBENCHMARK
        {
            const SearchIndex index(*m_pack);
            QVERIFY(index.itemCount() > 12000);
        }
    }

    // The same as the processor time of this thread (median of 5): on a machine shared with
    // other builds, wall time also counts the time the thread waited for a core.
    void buildIndexProcessorTime()
    {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            const double start = threadMs();
            const SearchIndex index(*m_pack);
            ms.append(threadMs() - start);
        }
        std::sort(ms.begin(), ms.end());
        Bench::report(u"search: build the index, processor time"_s, ms[ms.size() / 2], u"ms"_s, u"<= 150"_s,
                      ms[ms.size() / 2] <= 150);
    }

    void query()
    {
        qsizetype i = 0;
        QBENCHMARK
        {
            const auto hits = m_index->search(m_queries[i % m_queries.size()], SearchResultsModel::maxHits);
            ++i;
            Q_UNUSED(hits);
        }
    }

    // Every query once, timed alone: the median and the worst, as the issue asks. As the
    // popup asks (the best SearchResultsModel::maxHits), and, for information, every hit
    // (as --search prints them).
    void queryWorstCase()
    {
        for (const int limit : {SearchResultsModel::maxHits, -1}) {
            QList<double> ms;
            QList<double> cpu;
            for (const QString &q : std::as_const(m_queries)) {
                const double start = threadMs();
                QElapsedTimer t;
                t.start();
                const auto hits = m_index->search(q, limit);
                ms.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
                cpu.append(threadMs() - start);
                Q_UNUSED(hits);
            }
            std::sort(ms.begin(), ms.end());
            std::sort(cpu.begin(), cpu.end());
            const QString what = limit < 0 ? u"every hit"_s : u"best %1"_s.arg(limit);
            const double median = ms[ms.size() / 2];
            Bench::report(u"search: query median over %1 queries, %2"_s.arg(ms.size()).arg(what), median, u"ms"_s,
                          limit < 0 ? QString() : u"<= 2"_s, limit < 0 ? std::nullopt : std::optional(median <= 2));
            Bench::report(u"search: query worst over %1 queries, %2"_s.arg(ms.size()).arg(what), ms.last(), u"ms"_s,
                          limit < 0 ? QString() : u"<= 16"_s,
                          limit < 0 ? std::nullopt : std::optional(ms.last() <= 16));
            if (limit > 0) {
                Bench::report(u"search: query median, processor time, %1"_s.arg(what), cpu[cpu.size() / 2], u"ms"_s,
                              u"<= 2"_s, cpu[cpu.size() / 2] <= 2);
                Bench::report(u"search: query worst, processor time, %1"_s.arg(what), cpu.last(), u"ms"_s, u"<= 16"_s,
                              cpu.last() <= 16);
            }
        }
    }

private:
    static double threadMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    }

    std::shared_ptr<const Pack> m_pack;
    std::unique_ptr<SearchIndex> m_index;
    QStringList m_queries;
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
