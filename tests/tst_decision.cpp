// One decision everywhere: for a few hundred random workshops (answers and weights set by hand)
// on the embedded pack and on the three-contender pack, the Checklist result, the Detailed
// comparison's scoreboard, the Head-to-head header and every report (Markdown, HTML, and the
// model and text behind the PDF) show the same verdict and the same percentages. Extreme
// answers reach each contender; no answers give "it depends".
#include "core/app/appcontext.h"
#include "core/compare/scoreboardmodel.h"
#include "core/compare/weights.h"
#include "core/verdict/verdicttext.h"
#include "core/workshop/workshopsession.h"
#include "testsupport.h"
#include "ui/checklist/checklistview.h"
#include "ui/comparison/headtoheadview.h"
#include "ui/comparison/weightspanel.h"
#include "ui/mainwindow.h"
#include "ui/report/report.h"
#include "ui/widgets/safetextbrowser.h"

#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace Versus::Core;
using namespace Versus::Gui;
using namespace Qt::StringLiterals;

namespace {

const QString threePack = QStringLiteral(VERSUS_TEST_DATA "/packs/three-contenders.json");

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestDecision : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Versus::Test::isolateSettings(u"tst_decision"_s); }
    void init()
    {
        Versus::Test::failOnWarnings();
        QSettings().clear();
    }

    void sameEverywhere_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<int>("workshops");
        QTest::addRow("embedded") << QString() << 160;
        QTest::addRow("three contenders") << threePack << 140;
    }

    void sameEverywhere()
    {
        QFETCH(QString, pack);
        QFETCH(int, workshops);
        AppContext app;
        MainWindow w(&app);
        w.openInitialPack(pack);
        for (int s = 0; s < MainWindow::SectionCount; ++s)
            w.showSection(s); // every section built, so that each follows the changes
        w.showSection(MainWindow::Checklist);
        auto *checklist = w.findChild<ChecklistView *>();
        checklist->finish();
        auto *h2h = w.findChild<HeadToHeadView *>();
        auto *panel = w.findChild<WeightsPanel *>();
        QVERIFY(checklist && h2h && panel);
        const Pack &p = w.session()->pack();
        const auto &questions = p.checklist.questions;
        QRandomGenerator rng(2026);
        QSet<int> outcomes;
        for (int n = 0; n < workshops; ++n) {
            for (int q = 0; q < questions.size(); ++q)
                w.session()->setAnswer(q, Versus::Test::randomAnswer(rng, questions[q]));
            w.weights()->reset();
            // Now and then the consultant moves a slider after the checklist.
            if (rng.bounded(3) == 0)
                w.weights()->setWeight(static_cast<int>(rng.bounded(static_cast<int>(p.categories.size()))),
                                       static_cast<int>(rng.bounded(6)));

            const Decision d = w.session()->model().decision();
            outcomes.insert(d.outcome);
            const QString verdict = VerdictText::verdictName(p, d);
            const QString line = VerdictText::recordLine(p, d);
            QStringList percents;
            for (int c = 0; c < p.contenders.size(); ++c)
                percents.append(p.contenders[c].name + u' ' + formatPercent(d.board.totals[c]));

            // The Checklist result page.
            QCOMPARE(checklist->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Verdict: "_s + verdict);
            const QString scores = checklist->findChild<QLabel *>(u"scoresLabel"_s)->text();
            // The Detailed comparison's scoreboard: its rows and its line.
            const auto *board = panel->scoreboard();
            for (int c = 0; c < p.contenders.size(); ++c) {
                QCOMPARE(board->index(c, ScoreboardModel::ScoreColumn).data().toString(),
                         formatPercent(d.board.totals[c]));
                QCOMPARE(board->index(c, ScoreboardModel::NameColumn)
                             .data()
                             .toString()
                             .startsWith(p.contenders[c].name + u" (leads)"_s),
                         d.outcome == c);
            }
            const QString leader = panel->leaderText();
            // The Head-to-head header.
            const QString header = h2h->tallyText();
            QCOMPARE(header.section(u" · "_s, 0, 0), line);
            QCOMPARE(h2h->findChild<QLabel *>(u"weightedLeaderLabel"_s)->text(), leader);
            // The reports, from the same session.
            const Report report(*w.session());
            QCOMPARE(report.model().outcome, d.outcome);
            QCOMPARE(report.model().computed.board.totals, d.board.totals);
            QCOMPARE(report.verdictLine(), line);
            const QString markdown = report.markdown();
            const QString html = plainText(report.html());
            const QString pdf = report.document()->toPlainText(); // what the PDF prints
            QVERIFY(markdown.contains(u"\n## Decision Outcome\n\n"_s + line + u"\n"_s));
            QVERIFY(html.contains(line));
            QVERIFY(pdf.contains(line));
            for (const QString &percent : std::as_const(percents)) {
                QVERIFY2(scores.contains(percent), qPrintable(scores + u" / "_s + percent));
                QVERIFY2(header.contains(percent), qPrintable(header));
                QVERIFY2(markdown.contains(percent), qPrintable(percent));
                QVERIFY2(html.contains(percent), qPrintable(percent));
                QVERIFY2(pdf.contains(percent), qPrintable(percent));
            }
            if (d.outcome != tieEdge) {
                const QString leads
                    = u"%1 leads with %2"_s.arg(p.contenders[d.outcome].name, formatPercent(d.board.totals[d.outcome]));
                QCOMPARE(leader, leads);
            } else {
                QVERIFY2(leader.startsWith(verdict) || leader == u"No category has any weight"_s, qPrintable(leader));
            }
            // Where each weight came from, in the report.
            for (int k = 0; k < p.categories.size(); ++k) {
                const QString origin = VerdictText::originText(d.origin[k]);
                QCOMPARE(report.model().categories[k].origin, origin);
                QCOMPARE(report.model().categories[k].weight, d.importance[k]);
            }
        }
        QVERIFY(outcomes.size() >= 2); // the random workshops do not all say the same
    }

    void extremesReachEachContender_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("answers");
        QTest::addColumn<QString>("verdict");
        QTest::addRow("embedded, no answers") << QString() << QString() << u"Either — it depends"_s;
        QTest::addRow("embedded, Django")
            << QString()
            << u"project-type=internal-tool admin-needed=essential data-model=complex frontend=server-rendered "
               "team-experience=django-experts existing-code=django-codebase"_s
            << u"Django"_s;
        QTest::addRow("embedded, FastAPI")
            << QString()
            << u"project-type=api-backend admin-needed=not-needed data-model=minimal frontend=machine-only "
               "typing-style=typed-pydantic team-experience=fastapi-experts existing-code=fastapi-services"_s
            << u"FastAPI"_s;
        QTest::addRow("three, no answers") << threePack << QString() << u"Tea or Cocoa — it depends"_s;
        QTest::addRow("three, tea") << threePack << u"mood=calm"_s << u"Tea"_s;
        QTest::addRow("three, coffee") << threePack << u"mood=sleepy"_s << u"Coffee"_s;
        QTest::addRow("three, cocoa") << threePack << u"dessert=yes"_s << u"Cocoa"_s;
    }

    void extremesReachEachContender()
    {
        QFETCH(QString, pack);
        QFETCH(QString, answers);
        QFETCH(QString, verdict);
        AppContext app;
        MainWindow w(&app);
        w.openInitialPack(pack);
        const Pack &p = w.session()->pack();
        for (const QString &part : answers.split(u' ', Qt::SkipEmptyParts)) {
            const int q = p.questionIndex.value(part.section(u'=', 0, 0), -1);
            QVERIFY2(q >= 0, qPrintable(part));
            const auto &options = p.checklist.questions[q].options;
            const auto it = std::find_if(options.cbegin(), options.cend(),
                                         [&](const Option &o) { return o.id == part.section(u'=', 1); });
            QVERIFY2(it != options.cend(), qPrintable(part));
            w.session()->setAnswer(q, Answer::choose(static_cast<int>(it - options.cbegin())));
        }
        w.showSection(MainWindow::Checklist);
        auto *checklist = w.findChild<ChecklistView *>();
        checklist->finish();
        QCOMPARE(checklist->findChild<QLabel *>(u"verdictLabel"_s)->text(), u"Verdict: "_s + verdict);
        QCOMPARE(Report(*w.session()).verdictLine(), u"Verdict: "_s + verdict);
    }
};

QTEST_MAIN(TestDecision)
#include "tst_decision.moc"
