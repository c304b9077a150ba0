// Verdict and report benchmarks: the embedded pack's questions, 200 generated questions, a PDF report.
#include "core/compare/weights.h"
#include "core/pack/packloader.h"
#include "core/verdict/verdictengine.h"
#include "core/workshop/workshopsession.h"
#include "generatedpack.h"
#include "ui/report/report.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Versus::Core;
using namespace Qt::StringLiterals;

namespace {
// Answers most questions, deterministically: the first option, the second for every third.
void answerMost(VerdictEngine &engine)
{
    const auto &questions = engine.pack().checklist.questions;
    for (int q = 0; q < questions.size(); ++q) {
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
        VerdictEngine engine(PackLoader::loadEmbedded());
        QVERIFY(engine.pack().checklist.questions.size() >= 14);
        answerMost(engine);
        QBENCHMARK
        {
            const VerdictResult r = engine.verdictWithChanges();
            Q_UNUSED(r);
        }
    }

    void verdictWithChanges200()
    {
        const auto result = PackLoader::loadData(Bench::generatedPack(50, 5, 200), u"generated.json"_s);
        QVERIFY(result.ok());
        VerdictEngine engine(result.pack);
        answerMost(engine);
        QBENCHMARK
        {
            const VerdictResult r = engine.verdictWithChanges();
            Q_UNUSED(r);
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
            QVERIFY(Versus::Gui::Report(session, weights.values()).write(path).ok());
        }
    }
};

QTEST_MAIN(BenchVerdict)
#include "bench_verdict.moc"
