#include "core/report/reportmodel.h"

#include "core/compare/scoring.h"
#include "core/report/prosandcons.h"
#include "core/workshop/workshopsession.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Versus::Core {

namespace {

// Per contender: the pros that decide, then the cons (ProsAndCons), as report points.
QList<QList<ReportModel::Contender::Point>> prosAndCons(const Pack &pack, const QList<int> &weights,
                                                        const ProsAndCons::Ratings &ratings)
{
    QList<QList<ReportModel::Contender::Point>> all;
    for (const ProsAndCons::Selection &s : ProsAndCons::select(pack, weights, ratings)) {
        QList<ReportModel::Contender::Point> points;
        const auto c = static_cast<int>(all.size());
        for (const auto &[list, good] : {std::pair{&s.pros, true}, std::pair{&s.cons, false}}) {
            for (const ProsAndCons::Point &p : *list) {
                const Criterion &criterion = pack.criteria[p.criterion];
                points.append({good, criterion.criterion + u": " + criterion.values[c].text});
            }
        }
        all.append(points);
    }
    return all;
}

ReportModel::Decision decisionTaken(const Pack &pack, const WorkshopSession &session, int outcome)
{
    ReportModel::Decision d;
    d.record = session.decision();
    d.chosen = d.record.chosen.isEmpty() ? tieEdge : pack.contenderIndex(d.record.chosen);
    d.chosenName = d.chosen >= 0 ? pack.contenders[d.chosen].name : QString();
    d.date = d.record.date.isValid() ? d.record.date : session.date();
    d.differsFromVerdict = d.chosen >= 0 && d.chosen != outcome;
    return d;
}

// With three or four contenders "either" needs names: the two best scores and any equal to them.
QStringList closestContenders(const Pack &pack, const VerdictResult &r)
{
    if (r.outcome != tieEdge || r.scores.size() < 2)
        return {};
    QList<int> sorted = r.scores;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QStringList names;
    for (int c = 0; c < r.scores.size() && c < pack.contenders.size(); ++c) {
        if (r.scores[c] >= sorted[1])
            names.append(pack.contenders[c].name);
    }
    return names;
}

} // namespace

ReportModel ReportModel::build(const WorkshopSession &session, const QList<int> &weights)
{
    const Pack &pack = session.pack();
    const VerdictEngine &engine = session.engine();
    const VerdictResult r = engine.verdictWithChanges();
    const Scoreboard board = ScoreTable(pack).score(weights);

    ReportModel m;
    m.title = pack.title;
    m.language = pack.language;
    m.packId = pack.id;
    m.packVersion = pack.version;
    m.packUpdated = pack.updated;
    m.date = session.date();
    m.client = QStringList{session.clientName(), session.organisation()};
    m.client.removeAll(QString());

    m.publisher = pack.publisher;
    m.closest = closestContenders(pack, r);
    m.outcome = r.outcome;
    m.outcomeName = VerdictText::outcomeName(pack, r.outcome);
    m.verdictLine = VerdictText::recordLine(pack, r.outcome);
    m.confidence = qRound(r.confidence * 100);
    m.answered = r.answered;
    m.visible = r.visible;
    m.criteriaCount = pack.criteria.size();
    m.reasons = VerdictText::reasons(pack, r);
    for (const VerdictChange &change : r.changes)
        m.changes.append(VerdictText::changeText(pack, engine, change));
    m.decision = decisionTaken(pack, session, r.outcome);

    const QList<QList<Contender::Point>> points = prosAndCons(pack, weights, ProsAndCons::packRatings(pack));
    for (int c = 0; c < pack.contenders.size(); ++c) {
        m.contenders.append({pack.contenders[c].name, pack.contenders[c].tagline, board.totals.value(c),
                             pack.verdict.chooseWhen.value(c), points.value(c)});
    }
    for (int k = 0; k < pack.categories.size(); ++k)
        m.categories.append({pack.categories[k].name, weights.value(k), board.categories.value(k)});

    const auto &questions = pack.checklist.questions;
    for (int q = 0; q < questions.size(); ++q) {
        if (engine.isVisible(q))
            m.answers.append({questions[q].text, VerdictText::answerText(questions[q], engine.answer(q))});
    }
    for (auto it = session.notes().cbegin(); it != session.notes().cend(); ++it) {
        const int c = pack.criterionIndex.value(it.key(), -1);
        m.notes.append({c >= 0 ? pack.criteria[c].criterion : it.key(), it.value()});
    }
    QSet<QUrl> seen;
    for (const auto &criterion : pack.criteria) {
        for (const auto &s : criterion.sources) {
            if (seen.contains(s.url))
                continue;
            seen.insert(s.url);
            m.sources.append({s.title, s.url, s.asOf});
        }
    }
    return m;
}

} // namespace Versus::Core
