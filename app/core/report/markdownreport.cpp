#include "core/report/markdownreport.h"

#include "core/compare/scoreboardmodel.h"
#include "core/report/publishertext.h"
#include "core/report/reportmodel.h"
#include "core/text/namelist.h"
#include "version.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString md(const QString &s)
{
    return MarkdownReport::escaped(s);
}

// Importance 0 to 5 as six cells: the range where the verdict holds filled, the client's mark.
QString sensitivityBar(int from, int to, int at)
{
    QString cells;
    for (int w = 0; w <= 5; ++w)
        cells += w == at ? QChar(0x25C6) : (w >= from && w <= to ? QChar(0x2588) : QChar(0x2591));
    return cells;
}

QString bar(double percent)
{
    const int filled = qRound(percent / 5.0);
    return QString(filled, QChar(0x2588)) + QString(20 - filled, QChar(0x2591));
}

// A YAML double-quoted scalar (JSON's escapes are YAML's).
QString yamlString(const QString &s)
{
    QString out = s;
    out.replace(u'\\', u"\\\\"_s);
    out.replace(u'"', u"\\\""_s);
    out.replace(u'\t', u"\\t"_s);
    return u'"' + out + u'"';
}

} // namespace

// MADR 4's front matter (https://github.com/adr/madr/blob/4.0.0/template/adr-template.md):
// its keys stay English; an empty list of people is left out, as MADR allows.
QString MarkdownReport::frontMatter(const ReportModel &r)
{
    const ReportModel::Decision &d = r.decision;
    QString out = u"---\nstatus: "_s + DecisionRecord::statusKey(d.record.status) + u"\ndate: "_s
        + d.date.toString(Qt::ISODate) + u'\n';
    for (const auto &[key, names] :
         {std::pair{u"decision-makers"_s, &d.record.decisionMakers}, std::pair{u"consulted"_s, &d.record.consulted},
          std::pair{u"informed"_s, &d.record.informed}}) {
        if (names->isEmpty())
            continue;
        QStringList quoted;
        for (const QString &name : *names)
            quoted.append(yamlString(name));
        out += key + u": ["_s + quoted.join(u", "_s) + u"]\n"_s;
    }
    return out + u"---\n\n"_s;
}

// "Chosen option: …, because …", and the computed verdict beside it when they differ.
QString MarkdownReport::chosenOption(const ReportModel &r)
{
    const ReportModel::Decision &d = r.decision;
    QString out;
    if (d.chosen < 0) {
        if (r.outcome != tieEdge)
            return md(tr("Chosen option: \"%1\", because it leads on the answers below.").arg(r.outcomeName))
                + u"\n\n"_s;
        if (r.contenders.size() > 2 && r.closest.size() >= 2 && r.closest.size() < r.contenders.size())
            return md(tr("No option leads by enough: %1 are too close to call, and the choice depends on the "
                         "points below.")
                          .arg(NameList::both(r.closest)))
                + u"\n\n"_s;
        return md(tr("No option leads by enough: the choice depends on the points below.")) + u"\n\n"_s;
    }
    QString reason = d.record.reason.trimmed();
    if (!reason.isEmpty() && !reason.back().isPunct())
        reason += u'.';
    if (!reason.isEmpty())
        out = tr("Chosen option: \"%1\", because %2").arg(d.chosenName, reason);
    else if (!d.differsFromVerdict)
        out = tr("Chosen option: \"%1\", because it leads on the answers below.").arg(d.chosenName);
    else
        out = tr("Chosen option: \"%1\", because the decision-makers chose it (no reason was recorded).")
                  .arg(d.chosenName);
    out = md(out) + u"\n\n"_s;
    if (d.differsFromVerdict)
        out += md(tr("The computed verdict differs: %1.").arg(r.outcomeName)) + u"\n\n"_s;
    return out;
}

QString MarkdownReport::escaped(QString s)
{
    s.replace(u'\\', u"\\\\"_s);
    for (const QChar c : {u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#', u'|', u'!'})
        s.replace(c, u'\\' + QString(c));
    s.replace(u"\r\n"_s, u" "_s);
    s.replace(u'\n', u' ');
    return s;
}

QString MarkdownReport::render(const ReportModel &r)
{
    QStringList names;
    for (const auto &c : r.contenders)
        names.append(c.name);

    QString out = frontMatter(r);
    out += u"# "_s + md(r.title) + u": "_s + md(r.decision.chosen >= 0 ? r.decision.chosenName : r.outcomeName)
        + u"\n\n"_s;
    if (!r.client.isEmpty())
        out += u"* Client: "_s + md(r.client.join(u", "_s)) + u'\n';
    out += u"* Made with: Versus "_s + QStringLiteral(VERSUS_VERSION) + u", pack "_s + md(r.packId) + u' '
        + md(r.packVersion) + u" (updated "_s + r.packUpdated.toString(Qt::ISODate) + u")\n"_s;
    if (const QString publisher = PublisherText::line(r.publisher, md); !publisher.isEmpty())
        out += u"* "_s + publisher + u'\n';
    out += u'\n';

    out += u"## Context and Problem Statement\n\n"_s;
    out += md(tr("Which of %1 fits this project? The decision weighs %2 criteria by the importance of their "
                 "categories, which the checklist answers (%3 of %4 questions answered) and any weights set by hand "
                 "give.")
                  .arg(NameList::either(names))
                  .arg(r.criteriaCount)
                  .arg(r.answered)
                  .arg(r.visible))
        + u"\n\n"_s;

    out += u"## Decision Drivers\n\n"_s;
    bool anyDriver = false;
    for (const VerdictText::ReasonLine &reason : r.reasons) {
        out += u"* "_s + md(reason.question) + u" "_s + md(reason.answer) + u'\n';
        anyDriver = true;
    }
    for (const ReportModel::Category &category : r.categories) {
        if (category.weight >= 4) {
            out += u"* "_s + md(tr("%1 matters (importance %2 of 5)").arg(category.name).arg(category.weight)) + u'\n';
            anyDriver = true;
        }
    }
    if (!anyDriver)
        out += u"* "_s + md(VerdictText::noReasons()) + u'\n';

    out += u"\n## Considered Options\n\n"_s;
    for (const auto &c : r.contenders)
        out += u"* "_s + md(c.name) + (c.tagline.isEmpty() ? QString() : u" — "_s + md(c.tagline)) + u'\n';

    out += u"\n## Decision Outcome\n\n"_s;
    // The line scripts read; the contender's name in it is pack text like any other.
    out += md(r.verdictLine) + u"\n\n"_s;
    out += md(r.scoresLine) + u"\n\n"_s + md(r.leadLine) + u"\n\n"_s;
    for (const QString &why : r.ruledOut)
        out += u"* "_s + md(why) + u'\n';
    if (!r.ruledOut.isEmpty())
        out += u'\n';
    out += chosenOption(r);
    out += u"### Reasons\n\n"_s;
    if (r.reasons.isEmpty())
        out += md(VerdictText::noReasons()) + u"\n"_s;
    int n = 1;
    for (const VerdictText::ReasonLine &reason : r.reasons) {
        out += QString::number(n++) + u". "_s + md(reason.points) + u": "_s + md(reason.question) + u" — "_s
            + md(reason.answer);
        if (!reason.criterionNames.isEmpty()) {
            QStringList related;
            for (const QString &name : reason.criterionNames)
                related.append(md(name));
            out += u" ("_s + VerdictText::seeAlso(related, md) + u')';
        }
        out += u'\n';
    }
    out += u"\n### What would change it\n\n"_s;
    if (r.changes.isEmpty())
        out += md(VerdictText::noChanges()) + u'\n';
    for (const QString &change : r.changes)
        out += u"* "_s + md(change) + u'\n';
    for (const QString &change : r.weightChanges)
        out += u"* "_s + md(change) + u'\n';
    out += u"\n### Sensitivity\n\n| "_s + tr("Category") + u" | "_s + tr("Importance") + u" | "_s
        + tr("Verdict holds for") + u" | "_s + tr("Chart") + u" |\n| --- | ---: | --- | --- |\n"_s;
    for (const auto &s : r.sensitivity)
        out += u"| "_s + md(s.category) + u" | "_s + QString::number(s.importance) + u" | "_s + md(s.text) + u" | `"_s
            + sensitivityBar(s.holdsFrom, s.holdsTo, s.importance) + u"` |\n"_s;

    out += u"\n## Pros and Cons of the Options\n\n"_s;
    for (const auto &c : r.contenders) {
        out += u"### "_s + md(c.name) + u"\n\n"_s;
        // MADR's description of the option; the list below is only the pros and cons that decide.
        if (!c.suitsWhen.isEmpty())
            out += md(tr("Choose %1 when: %2").arg(c.name, c.suitsWhen.join(u"; "_s))) + u"\n\n"_s;
        for (const auto &point : c.points)
            out += (point.good ? u"* Good, because "_s : u"* Bad, because "_s) + md(point.text) + u'\n';
        out += u'\n';
    }

    out += u"## Questions and Answers\n\n| "_s + tr("Question") + u" | "_s + tr("Answer") + u" |\n| --- | --- |\n"_s;
    for (const auto &qa : r.answers)
        out += u"| "_s + md(qa.question) + u" | "_s + md(qa.answer) + u" |\n"_s;

    out += u"\n## Weighted Comparison\n\n| "_s + tr("Contender") + u" | "_s + tr("Weighted score")
        + u" |\n| --- | ---: |\n"_s;
    for (const auto &c : r.contenders)
        out += u"| "_s + md(c.name) + u" | "_s + formatPercent(c.total) + u" |\n"_s;
    out += u"\n```text\n"_s;
    for (const auto &c : r.contenders)
        out += c.name.leftJustified(12, u' ', true) + u' ' + bar(c.total) + u' ' + formatPercent(c.total) + u'\n';
    out += u"```\n\n| "_s + tr("Category") + u" | "_s + tr("Weight") + u" | "_s + tr("Set") + u" |"_s;
    for (const auto &c : r.contenders)
        out += u' ' + md(c.name) + u" |"_s;
    out += u"\n| --- | ---: | --- |"_s + u" ---: |"_s.repeated(r.contenders.size()) + u'\n';
    for (const auto &category : r.categories) {
        out += u"| "_s + md(category.name) + u" | "_s + QString::number(category.weight) + u" | "_s
            + md(category.origin) + u" |"_s;
        for (int c = 0; c < r.contenders.size(); ++c)
            out += u' ' + formatPercent(category.scores.value(c)) + u" |"_s;
        out += u'\n';
    }

    out += u"\n## Notes\n\n"_s;
    if (r.notes.isEmpty())
        out += md(tr("No notes.")) + u'\n';
    for (const auto &note : r.notes)
        out += u"* **"_s + md(note.subject) + u"**: "_s + md(note.text) + u'\n';

    out += u"\n## Sources\n\n"_s;
    for (const auto &s : r.sources)
        out += u"* "_s + md(s.title) + u" — <"_s + QString::fromUtf8(s.url.toEncoded()) + u"> ("_s
            + md(tr("as of %1").arg(s.asOf)) + u")\n"_s;
    return out;
}

} // namespace Versus::Core
