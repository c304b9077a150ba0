#include "core/report/reportmodel.h"

#include "core/report/prosandcons.h"
#include "core/workshop/workshopsession.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Versus::Core {

namespace {

// Per contender: the pros that decide, then the cons (ProsAndCons), as report points, under
// the model's importance and ratings in effect.
QList<QList<ReportModel::Contender::Point>> prosAndCons(const Pack &pack, const DecisionModel &model,
                                                        const QList<int> &weights)
{
    const ProsAndCons::Ratings ratings = model.ratings();
    QList<QList<ReportModel::Contender::Point>> all;
    for (const ProsAndCons::Selection &s : ProsAndCons::select(pack, weights, ratings)) {
        QList<ReportModel::Contender::Point> points;
        const auto c = static_cast<int>(all.size());
        for (const auto &[list, good] : {std::pair{&s.pros, true}, std::pair{&s.cons, false}}) {
            for (const ProsAndCons::Point &p : *list) {
                const Criterion &criterion = pack.criteria[p.criterion];
                // A context criterion the answers rate: its pack text ("the checklist asks") no longer applies.
                const QString value = model.ratedByAnswers(p.criterion)
                    ? VerdictText::answeredRatingText(ratings[p.criterion][c])
                    : criterion.values[c].text;
                points.append({good, criterion.criterion + u": " + value});
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

} // namespace

ReportModel ReportModel::build(const WorkshopSession &session)
{
    const Pack &pack = session.pack();
    const DecisionModel &engine = session.model();
    const Core::Decision r = engine.verdictWithChanges();
    const Scoreboard &board = r.board;
    const QList<int> &weights = r.importance;

    ReportModel m;
    m.title = pack.title;
    m.language = pack.language;
    m.packId = pack.id;
    m.packVersion = pack.version;
    m.packUpdated = pack.updated;
    m.date = session.date();
    m.client = QStringList{session.clientName(), session.organisation()};
    m.client.removeAll(QString());

    m.computed = r;
    m.publisher = pack.publisher;
    for (const int c : r.close)
        m.closest.append(pack.contenders[c].name);
    m.outcome = r.outcome;
    m.outcomeName = VerdictText::verdictName(pack, r);
    m.verdictLine = VerdictText::recordLine(pack, r);
    m.scoresLine = VerdictText::scoresLine(pack, r);
    m.leadLine = VerdictText::leadLine(pack, r);
    for (const RuledOut &out : r.ruledOutBy)
        m.ruledOut.append(VerdictText::ruledOutText(pack, out));
    m.answered = r.answered;
    m.visible = r.visible;
    m.criteriaCount = pack.criteria.size();
    m.reasons = VerdictText::reasons(pack, r);
    for (const VerdictChange &change : r.changes)
        m.changes.append(VerdictText::changeText(pack, engine, change));
    m.decision = decisionTaken(pack, session, r.outcome);
    for (const Core::Sensitivity &s : r.sensitivity) {
        m.sensitivity.append({pack.categories[s.category].name, s.importance, s.holdsFrom, s.holdsTo,
                              VerdictText::sensitivityText(pack, s)});
        if (const QString flip = VerdictText::flipText(pack, s); !flip.isEmpty())
            m.weightChanges.append(flip);
    }

    const QList<QList<Contender::Point>> points = prosAndCons(pack, engine, weights);
    for (int c = 0; c < pack.contenders.size(); ++c) {
        m.contenders.append({pack.contenders[c].name, pack.contenders[c].tagline, board.totals.value(c),
                             r.ruledOut.value(c), pack.verdict.chooseWhen.value(c), points.value(c)});
    }
    for (int k = 0; k < pack.categories.size(); ++k)
        m.categories.append({pack.categories[k].name, weights.value(k), VerdictText::originText(r.origin.value(k)),
                             board.categories.value(k)});

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
