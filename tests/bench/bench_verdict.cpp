// Decision benchmarks: verdict and what would change it (answers and weights) on the embedded pack and on
// 200 generated questions with 10,000 criteria; a slider move to the verdict and the sensitivity; a PDF report.
#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/verdict/decisionmodel.h"
#include "core/workshop/workshopsession.h"
#include "generatedpack.h"
#include "ui/checklist/checklistview.h"
#include "ui/checklist/sensitivitychart.h"
#include "ui/report/report.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {
// Answers most questions, deterministically: the first option, the second for every third.
template <typename Model> void answerMost(Model &engine)
{
    for (int q = 0; q < engine.pack().checklist.questions.size(); ++q) {
        if (q % 5 == 4)
            engine.setAnswer(q, Answer::dontKnow());
        else
            engine.setAnswer(q, Answer::choose(q % 3 == 0 ? 1 : 0));
    }
}
} // namespace

class BenchVerdict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdictWithChangesEmbedded()
    {
        DecisionModel engine(PackLoader::loadEmbedded());
        QVERIFY(engine.pack().checklist.questions.size() >= 14);
        answerMost(engine);
        QBENCHMARK
        {
            const Decision r = engine.verdictWithChanges();
            QVERIFY(!r.sensitivity.isEmpty());
        }
    }

    void verdictWithChanges200()
    {
        const auto result = PackLoader::loadData(Bench::generatedPack(10000, 5, 200, 200), u"generated.json"_s);
        QVERIFY(result.ok());
        DecisionModel engine(result.pack);
        answerMost(engine);
        QBENCHMARK
        {
            const Decision r = engine.verdictWithChanges();
            QVERIFY(!r.sensitivity.isEmpty());
        }
    }

    // The consultant moves a slider: the session updates the model, the verdict and the sensitivity chart's data.
    void sliderMoveToVerdict()
    {
        const auto pack = PackLoader::loadEmbedded();
        Weights weights;
        weights.setPack(pack);
        WorkshopSession session(pack, &weights);
        answerMost(session);
        int w = 0;
        QBENCHMARK
        {
            weights.setWeight(2, w++ % 6);
            const Decision d = session.model().verdictWithChanges();
            QVERIFY(!d.sensitivity.isEmpty());
        }
    }

    // The same on screen: the result page shown, a slider moved; the page's verdict, details and
    // sensitivity chart are rebuilt and the chart painted.
    void sliderMoveToResultPage()
    {
        const auto pack = PackLoader::loadEmbedded();
        Weights weights;
        weights.setPack(pack);
        WorkshopSession session(pack, &weights);
        answerMost(session);
        Versus::Gui::ChecklistView view(pack, &session);
        view.resize(1280, 800);
        view.show();
        view.finish();
        auto *chart = view.findChild<Versus::Gui::SensitivityChart *>();
        QVERIFY(chart);
        int w = 0;
        QBENCHMARK
        {
            weights.setWeight(2, w++ % 6);
            chart->repaint();
        }
    }

    void sliderMoveToVerdict200()
    {
        const auto result = PackLoader::loadData(Bench::generatedPack(10000, 5, 200, 200), u"generated.json"_s);
        QVERIFY(result.ok());
        Weights weights;
        weights.setPack(result.pack);
        WorkshopSession session(result.pack, &weights);
        int w = 0;
        QBENCHMARK
        {
            weights.setWeight(7, w++ % 6);
            const Decision d = session.model().decision();
            QVERIFY(!session.model().sensitivity().isEmpty());
            Q_UNUSED(d);
        }
    }

    void pdfReport()
    {
        const auto pack = PackLoader::loadEmbedded();
        Weights weights;
        weights.setPack(pack);
        WorkshopSession session(pack, &weights);
        for (int q = 0; q < pack->checklist.questions.size(); ++q)
            session.setAnswer(q, Answer::choose(0));
        session.setNote(pack->criteria.first().id, u"A note for the report."_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.pdf"_s);
        QBENCHMARK
        {
            QVERIFY(Versus::Gui::Report(session).write(path).ok());
        }
    }
};

QTEST_MAIN(BenchVerdict)
#include "bench_verdict.moc"
