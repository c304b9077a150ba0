#include "core/report/htmlreport.h"

#include "core/compare/scoreboardmodel.h"
#include "core/pack/publisherlogo.h"
#include "core/report/publishertext.h"
#include "core/report/reportmodel.h"
#include "version.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString HtmlReport::decisionTaken(const ReportModel &r)
{
    const ReportModel::Decision &d = r.decision;
    QString h = u"<h2>"_s + esc(tr("Decision taken")) + u"</h2><p class=\"decision\">"_s;
    h += d.chosen >= 0 ? u"<b>"_s + esc(tr("Chosen option: %1").arg(d.chosenName)) + u"</b>"_s
                       : esc(tr("No option has been chosen yet."));
    h += u" · "_s + esc(tr("Status: %1").arg(DecisionRecord::statusName(d.record.status))) + u" · "_s
        + esc(tr("Date: %1").arg(QLocale().toString(d.date, QLocale::LongFormat))) + u"</p>"_s;
    if (!d.record.reason.trimmed().isEmpty())
        h += u"<p>"_s + esc(tr("Because: %1").arg(d.record.reason.trimmed())) + u"</p>"_s;
    if (d.differsFromVerdict)
        h += u"<p>"_s + esc(tr("The computed verdict differs: %1.").arg(r.outcomeName)) + u"</p>"_s;
    QString people;
    for (const auto &[label, names] :
         {std::pair{tr("Decision-makers"), &d.record.decisionMakers}, std::pair{tr("Consulted"), &d.record.consulted},
          std::pair{tr("Informed"), &d.record.informed}}) {
        if (!names->isEmpty())
            people += u"<tr><th>"_s + esc(label) + u"</th><td>"_s + esc(names->join(u", "_s)) + u"</td></tr>"_s;
    }
    if (!people.isEmpty())
        h += u"<table>"_s + people + u"</table>"_s;
    return h;
}

QString HtmlReport::prosAndCons(const ReportModel &r)
{
    QString h = u"<h2>"_s + esc(tr("Pros and cons of the options")) + u"</h2>"_s;
    for (const auto &c : r.contenders) {
        h += u"<h3>"_s + esc(c.name) + u"</h3><ul>"_s;
        if (c.points.isEmpty())
            h += u"<li>"_s + esc(tr("No criterion of the categories that matter sets it apart.")) + u"</li>"_s;
        for (const auto &point : c.points)
            h += u"<li>"_s + esc(point.good ? tr("Good: %1").arg(point.text) : tr("Bad: %1").arg(point.text))
                + u"</li>"_s;
        h += u"</ul>"_s;
    }
    return h;
}

QString HtmlReport::body(const ReportModel &r, const QString &chartSource, const QString &logoSource)
{
    QString h = PublisherText::html(r.publisher, logoSource) + u"<h1>"_s + esc(r.title) + u"</h1><p class=\"meta\">"_s
        + esc(tr("Decision record · %1").arg(QLocale().toString(r.date, QLocale::LongFormat)));
    if (!r.client.isEmpty())
        h += u" · "_s + esc(tr("Client: %1").arg(r.client.join(u", "_s)));
    h += u"</p><p class=\"verdict\">"_s + esc(r.verdictLine) + u"</p><p>"_s + esc(r.scoresLine) + u"</p><p>"_s
        + esc(r.leadLine) + u" "_s + esc(tr("%1 of %2 questions answered.").arg(r.answered).arg(r.visible)) + u"</p>"_s;
    if (!r.ruledOut.isEmpty()) {
        h += u"<ul>"_s;
        for (const QString &why : r.ruledOut)
            h += u"<li>"_s + esc(why) + u"</li>"_s;
        h += u"</ul>"_s;
    }
    h += decisionTaken(r);

    h += u"<h2>"_s + esc(tr("Reasons")) + u"</h2>"_s;
    if (r.reasons.isEmpty())
        h += u"<p>"_s + esc(VerdictText::noReasons()) + u"</p>"_s;
    else
        h += u"<ol>"_s;
    for (const VerdictText::ReasonLine &reason : r.reasons) {
        h += u"<li><b>"_s + esc(reason.points) + u"</b>: "_s + esc(reason.question) + u" — "_s + esc(reason.answer);
        if (!reason.criterionNames.isEmpty()) {
            QStringList related;
            for (const QString &name : reason.criterionNames)
                related.append(esc(name));
            h += u"<br><small>"_s + VerdictText::seeAlso(related, esc) + u"</small>"_s;
        }
        h += u"</li>"_s;
    }
    if (!r.reasons.isEmpty())
        h += u"</ol>"_s;

    h += u"<h2>"_s + esc(tr("What would change it")) + u"</h2><ul>"_s;
    if (r.changes.isEmpty())
        h += u"<li>"_s + esc(VerdictText::noChanges()) + u"</li>"_s;
    for (const QString &change : r.changes + r.weightChanges)
        h += u"<li>"_s + esc(change) + u"</li>"_s;
    h += u"</ul>"_s;

    h += u"<h2>"_s + esc(tr("Sensitivity")) + u"</h2><table><tr><th>"_s + esc(tr("Category")) + u"</th><th>"_s
        + esc(tr("Importance")) + u"</th><th>"_s + esc(tr("Verdict holds for")) + u"</th></tr>"_s;
    for (const auto &s : r.sensitivity)
        h += u"<tr><td>"_s + esc(s.category) + u"</td><td class=\"num\">"_s + QString::number(s.importance)
            + u"</td><td>"_s + esc(s.text) + u"</td></tr>"_s;
    h += u"</table>"_s;

    h += prosAndCons(r);

    h += u"<h2>"_s + esc(tr("Questions and answers")) + u"</h2><table><tr><th>"_s + esc(tr("Question")) + u"</th><th>"_s
        + esc(tr("Answer")) + u"</th></tr>"_s;
    for (const auto &qa : r.answers)
        h += u"<tr><td>"_s + esc(qa.question) + u"</td><td>"_s + esc(qa.answer) + u"</td></tr>"_s;
    h += u"</table>"_s;

    h += u"<h2>"_s + esc(tr("Weighted comparison")) + u"</h2><table><tr><th>"_s + esc(tr("Contender")) + u"</th><th>"_s
        + esc(tr("Weighted score")) + u"</th></tr>"_s;
    for (const auto &c : r.contenders)
        h += u"<tr><td>"_s + esc(c.name) + u"</td><td class=\"num\">"_s + esc(formatPercent(c.total)) + u"</td></tr>"_s;
    h += u"</table>"_s;
    h += u"<p><img src=\""_s + chartSource + u"\" width=\"640\" alt=\""_s + esc(tr("Chart of the weighted scores"))
        + u"\"></p>"_s;
    h += u"<table><tr><th>"_s + esc(tr("Category")) + u"</th><th>"_s + esc(tr("Weight")) + u"</th><th>"_s
        + esc(tr("Set")) + u"</th>"_s;
    for (const auto &c : r.contenders)
        h += u"<th>"_s + esc(c.name) + u"</th>"_s;
    h += u"</tr>"_s;
    for (const auto &category : r.categories) {
        h += u"<tr><td>"_s + esc(category.name) + u"</td><td class=\"num\">"_s + QString::number(category.weight)
            + u"</td><td>"_s + esc(category.origin) + u"</td>"_s;
        for (int c = 0; c < r.contenders.size(); ++c)
            h += u"<td class=\"num\">"_s + esc(formatPercent(category.scores.value(c))) + u"</td>"_s;
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>"_s + esc(tr("Notes")) + u"</h2>"_s;
    if (r.notes.isEmpty())
        h += u"<p>"_s + esc(tr("No notes.")) + u"</p>"_s;
    else
        h += u"<ul>"_s;
    for (const auto &note : r.notes)
        h += u"<li><b>"_s + esc(note.subject) + u"</b>: "_s + esc(note.text) + u"</li>"_s;
    if (!r.notes.isEmpty())
        h += u"</ul>"_s;

    h += u"<h2>"_s + esc(tr("Sources")) + u"</h2><ul>"_s;
    for (const auto &s : r.sources) {
        h += u"<li><a href=\""_s + esc(QString::fromUtf8(s.url.toEncoded())) + u"\">"_s + esc(s.title) + u"</a> — "_s
            + esc(tr("as of %1").arg(s.asOf)) + u"</li>"_s;
    }
    h += u"</ul><p class=\"meta\">"_s
        + esc(tr("Made with Versus %1, pack %2 version %3.")
                  .arg(QStringLiteral(VERSUS_VERSION), r.packId, r.packVersion))
        + u"</p>"_s;
    return h;
}

QString HtmlReport::page(const ReportModel &r, const QByteArray &chartPng)
{
    static const QString style = u"body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222;"
                                 "line-height:1.45}h1{margin-bottom:.2em}.meta{color:#666}.verdict{font-size:1.6em;"
                                 "font-weight:bold;margin:.6em 0}table{border-collapse:collapse;margin:.8em 0}"
                                 "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
                                 ".num{text-align:right}img{max-width:100%}"_s;
    // The policy lets the page load nothing: no script, no remote image, only its own style and chart.
    return u"<!DOCTYPE html>\n<html lang=\""_s + esc(r.language)
        + u"\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
          u"'none'; img-src data:; style-src 'unsafe-inline'\"><title>"_s
        + esc(r.title + u" — "_s + r.verdictLine) + u"</title><style>"_s + style + u"</style></head><body>"_s
        + body(r, u"data:image/png;base64,"_s + QString::fromLatin1(chartPng.toBase64()),
               r.publisher.logo.isEmpty() ? QString() : PublisherLogo::dataUrl(r.publisher.logo, r.publisher.logoType))
        + u"</body></html>\n"_s;
}

} // namespace Versus::Core
