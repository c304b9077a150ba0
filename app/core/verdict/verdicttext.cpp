#include "core/verdict/verdicttext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString VerdictText::ReasonLine::text() const
{
    return points + u": "_s + question + u" — "_s + answer;
}

QString VerdictText::outcomeName(const Pack &pack, int outcome)
{
    if (outcome != tieEdge)
        return pack.contenders[outcome].name;
    return pack.contenders.size() > 2 ? tr("No clear leader — it depends") : tr("Either — it depends");
}

QString VerdictText::verdictName(const Pack &pack, const Decision &d)
{
    if (d.outcome != tieEdge)
        return pack.contenders[d.outcome].name;
    if (d.close.isEmpty())
        return tr("None meets every must-have");
    if (pack.contenders.size() <= 2 || d.close.size() < 2)
        return tr("Either — it depends");
    QStringList names;
    for (const int c : d.close)
        names.append(pack.contenders[c].name);
    const QString last = names.takeLast();
    return tr("%1 or %2 — it depends").arg(names.join(u", "_s), last);
}

QString VerdictText::recordLine(const Pack &pack, const Decision &d)
{
    return u"Verdict: "_s + verdictName(pack, d);
}

QString VerdictText::percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLocale().percent();
}

QString VerdictText::scoresLine(const Pack &pack, const Decision &d)
{
    QStringList parts;
    for (int c = 0; c < pack.contenders.size(); ++c) {
        const QString score = pack.contenders[c].name + u' ' + percent(d.board.totals.value(c));
        parts.append(d.ruledOut.value(c) ? tr("%1 (ruled out)").arg(score) : score);
    }
    return parts.join(u" · "_s);
}

QString VerdictText::leadLine(const Pack &pack, const Decision &d)
{
    const QString margin = QLocale().toString(100.0 * pack.checklist.tieMargin, 'g', 3);
    const QString lead = QLocale().toString(d.lead, 'f', 1);
    QList<int> in;
    for (int c = 0; c < pack.contenders.size(); ++c) {
        if (!d.ruledOut.value(c))
            in.append(c);
    }
    if (in.isEmpty())
        return tr("Every option fails a must-have.");
    if (in.size() == 1)
        return tr("%1 is the only option that meets every must-have.").arg(pack.contenders[in.first()].name);
    if (d.leader == tieEdge)
        return tr("The best scores are equal; the tie margin is %1 points.").arg(margin);
    std::stable_sort(in.begin(), in.end(), [&](int a, int b) { return d.board.totals[a] > d.board.totals[b]; });
    const QString first = pack.contenders[in[0]].name;
    const QString second = pack.contenders[in[1]].name;
    if (d.outcome == tieEdge)
        return tr("%1 is %2 points ahead of %3, within the tie margin of %4 points.").arg(first, lead, second, margin);
    return tr("%1 leads %2 by %3 points, more than the tie margin of %4 points.").arg(first, second, lead, margin);
}

QString VerdictText::scoreboardLine(const Pack &pack, const Decision &d)
{
    if (std::all_of(d.importance.cbegin(), d.importance.cend(), [](int w) { return w == 0; }))
        return tr("No category has any weight");
    if (d.outcome != tieEdge)
        return tr("%1 leads with %2").arg(pack.contenders[d.outcome].name, percent(d.board.totals[d.outcome]));
    return verdictName(pack, d) + u": "_s + scoresLine(pack, d);
}

QString VerdictText::answerText(const Question &question, const Answer &answer)
{
    switch (answer.state) {
    case Answer::State::Unanswered: return tr("not answered");
    case Answer::State::DontKnow: return tr("Don't know / doesn't matter");
    case Answer::State::Chosen: break;
    }
    QStringList labels;
    for (const int o : answer.options)
        labels.append(question.options[o].label);
    return labels.join(u", "_s);
}

QString VerdictText::changeText(const Pack &pack, const DecisionModel &model, const VerdictChange &change)
{
    const auto &questions = pack.checklist.questions;
    QStringList edits;
    for (const auto &[q, answer] : change.edits)
        edits.append(
            tr("“%1” answered “%2” (now: %3)")
                .arg(questions[q].text, answerText(questions[q], answer), answerText(questions[q], model.answer(q))));
    return tr("If %1, the verdict would be %2.").arg(edits.join(tr(" and ")), outcomeName(pack, change.outcome));
}

QString VerdictText::ruledOutText(const Pack &pack, const RuledOut &r)
{
    const Question &q = pack.checklist.questions[r.question];
    const Criterion &criterion = pack.criteria[r.mustHave.criterion];
    return tr("%1 is ruled out: “%2” — “%3” needs %4 rated at least %5 of 5; %1 is rated %6 (%7).")
        .arg(pack.contenders[r.contender].name, q.text, q.options[r.option].label, criterion.criterion)
        .arg(r.mustHave.atLeast)
        .arg(criterion.values[r.contender].rating)
        .arg(criterion.values[r.contender].text);
}

QString VerdictText::answeredRatingText(int rating)
{
    return tr("rated %1 of 5 by the answers").arg(rating);
}

QString VerdictText::originText(ImportanceOrigin origin)
{
    switch (origin) {
    case ImportanceOrigin::Manual: return tr("set by hand");
    case ImportanceOrigin::Answers: return tr("from the answers");
    case ImportanceOrigin::Pack: break;
    }
    return tr("pack default");
}

QString VerdictText::sensitivityText(const Pack &pack, const Sensitivity &s)
{
    QString text = s.holdsFrom == 0 && s.holdsTo == 5
        ? tr("The verdict holds at every importance.")
        : tr("The verdict holds from %1 to %2.").arg(s.holdsFrom).arg(s.holdsTo);
    if (s.below)
        text += u' ' + tr("At %1 it would be %2.").arg(s.below->importance).arg(outcomeName(pack, s.below->outcome));
    if (s.above)
        text += u' ' + tr("At %1 it would be %2.").arg(s.above->importance).arg(outcomeName(pack, s.above->outcome));
    return text;
}

QString VerdictText::flipText(const Pack &pack, const Sensitivity &s)
{
    const auto flip = s.nearest();
    if (!flip)
        return {};
    return tr("If %1 mattered %2 instead of %3, the verdict would be %4.")
        .arg(pack.categories[s.category].name)
        .arg(flip->importance)
        .arg(s.importance)
        .arg(outcomeName(pack, flip->outcome));
}

QList<VerdictText::ReasonLine> VerdictText::reasons(const Pack &pack, const Decision &d)
{
    // On a tie the points still lean toward whoever scores highest.
    const int toward = d.outcome == tieEdge ? d.leader : d.outcome;
    QList<ReasonLine> lines;
    lines.reserve(d.reasons.size());
    for (const Reason &reason : d.reasons) {
        const Question &q = pack.checklist.questions[reason.question];
        QStringList names;
        for (const int c : reason.criteria)
            names.append(pack.criteria[c].criterion);
        const QString points = QLocale().toString(reason.points, 'f', 1);
        lines.append({toward >= 0 ? tr("+%1 points toward %2").arg(points, pack.contenders[toward].name)
                                  : tr("+%1 points").arg(points),
                      q.text, answerText(q, reason.answer), reason.criteria, names});
    }
    return lines;
}

QString VerdictText::seeAlso(const QStringList &items, const std::function<QString(const QString &)> &escape)
{
    return escape(tr("See: %1")).arg(items.join(u", "_s));
}

QString VerdictText::noReasons()
{
    return tr("No answer favours one option yet.");
}

QString VerdictText::noChanges()
{
    return tr("No change of one or two answers would change this verdict.");
}

} // namespace Versus::Core
