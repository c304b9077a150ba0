// Explorer benchmarks on a generated pack of 10,000 criteria (issue targets in targets.tsv).
#include "core/compare/criteriafiltermodel.h"
#include "core/compare/criteriamodel.h"
#include "core/compare/scoreboardmodel.h"
#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/workshop/workshopsession.h"
#include "generatedpack.h"

#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

class BenchExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_data = Bench::generatedPack(10000, 2000, 14);
        const auto result = PackLoader::loadData(m_data, u"generated.json"_s);
        QVERIFY(result.ok());
        m_pack = result.pack;
    }

    void loadAndValidate()
    {
        QBENCHMARK
        {
            const auto result = PackLoader::loadData(m_data, u"generated.json"_s);
            QVERIFY(result.ok());
        }
    }

    // One keystroke: the query grows by a letter (the common case) or changes.
    void filterKeystroke()
    {
        CriteriaModel source;
        CriteriaFilterModel filter(&source);
        source.setPack(m_pack);
        filter.setFilterText(u"x"_s); // builds the folded texts once, as the first keystroke does
        filter.setFilterText(QString());
        const QStringList typing{u"m"_s,
                                 u"mi"_s,
                                 u"mid"_s,
                                 u"midd"_s,
                                 u"middl"_s,
                                 u"middle"_s,
                                 u"middlew"_s,
                                 u"middlewa"_s,
                                 u"middlewar"_s,
                                 u"middleware"_s,
                                 u"middleware c"_s,
                                 u"middleware ca"_s,
                                 u"middleware caf"_s,
                                 u"middleware café"_s};
        int i = 0;
        QBENCHMARK
        {
            filter.setFilterText(typing[i % typing.size()]);
            ++i;
        }
        QVERIFY(filter.shownCount() <= filter.totalCount());
    }

    void weightChangeToScoreboard()
    {
        Weights weights;
        weights.setPack(m_pack);
        WorkshopSession session(m_pack, &weights);
        ScoreboardModel board(&session);
        int w = 0;
        QBENCHMARK
        {
            weights.setWeight(3, w % 6);
            ++w;
            QVERIFY(!board.leaderText().isEmpty());
        }
    }

private:
    QByteArray m_data;
    std::shared_ptr<const Pack> m_pack;
};

QTEST_GUILESS_MAIN(BenchExplorer)
#include "bench_explorer.moc"
