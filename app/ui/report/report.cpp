#include "ui/report/report.h"

#include "core/commands/commands.h"
#include "core/compare/scoreboardmodel.h"
#include "core/compare/scoring.h"
#include "core/compare/weights.h"
#include "core/workshop/workshopsession.h"
#include "ui/checklist/checklistview.h"
#include "ui/comparison/scorecharts.h"
#include "ui/report/comparisonreport.h"
#include "ui/widgets/uiutil.h"
#include "version.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Versus::Gui {

namespace {

// Pack or user text inside Markdown prose: nothing in it becomes markup.
QString md(QString s)
{
    s.replace(u'\\', u"\\\\"_s);
    for (const QChar c : {u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#', u'|', u'!'})
        s.replace(c, u'\\' + QString(c));
    s.replace(u"\r\n"_s, u" "_s);
    s.replace(u'\n', u' ');
    return s;
}

QString bar(double percent)
{
    const int filled = qRound(percent / 5.0);
    return QString(filled, QChar(0x2588)) + QString(20 - filled, QChar(0x2591));
}

} // namespace

Report::Report(const Core::WorkshopSession &session, QList<int> weights)
    : m_session(session)
    , m_weights(std::move(weights))
    , m_result(session.engine().verdictWithChanges())
{
}

std::optional<Report::Format> Report::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return Format::Markdown;
    return std::nullopt;
}

QString Report::verdictLine() const
{
    return u"Verdict: "_s + ChecklistView::outcomeName(m_session.pack(), m_result.outcome);
}

QImage Report::chart() const
{
    if (m_chart.isNull()) {
        ScoreCharts charts(std::make_shared<const Core::Pack>(m_session.pack()));
        charts.setAttribute(Qt::WA_DontShowOnScreen);
        charts.resize(900, 420);
        charts.show();
        charts.setScoreboard(Core::ScoreTable(m_session.pack()).score(m_weights));
        m_chart = charts.render(QSize(900, 420));
    }
    return m_chart;
}

QString Report::markdown() const
{
    const Core::Pack &pack = m_session.pack();
    const Core::VerdictEngine &engine = m_session.engine();
    const auto &questions = pack.checklist.questions;
    const Core::VerdictResult &r = m_result;
    const QString outcome = ChecklistView::outcomeName(pack, r.outcome);
    const int percent = qRound(r.confidence * 100);
    QStringList names;
    for (const auto &c : pack.contenders)
        names.append(c.name);

    QString out = u"# "_s + md(pack.title) + u": "_s + md(outcome) + u"\n\n"_s;
    out += u"* Status: proposed\n* Date: "_s + m_session.date().toString(Qt::ISODate) + u'\n';
    if (!m_session.clientName().isEmpty() || !m_session.organisation().isEmpty()) {
        QStringList client{m_session.clientName(), m_session.organisation()};
        client.removeAll(QString());
        out += u"* Client: "_s + md(client.join(u", "_s)) + u'\n';
    }
    out += u"* Made with: Versus "_s + QStringLiteral(VERSUS_VERSION) + u", pack "_s + md(pack.id) + u' '
        + md(pack.version) + u" (updated "_s + pack.updated.toString(Qt::ISODate) + u")\n\n"_s;

    out += u"## Context and Problem Statement\n\n"_s;
    out += md(tr("Which of %1 fits this project? The decision follows a checklist of %2 questions, of which %3 were "
                 "answered, and a weighted comparison of %4 criteria.")
                  .arg(names.join(tr(" or ")))
                  .arg(r.visible)
                  .arg(r.answered)
                  .arg(pack.criteria.size()))
        + u"\n\n"_s;

    out += u"## Decision Drivers\n\n"_s;
    bool anyDriver = false;
    for (const Core::Reason &reason : r.reasons) {
        out += u"* "_s + md(questions[reason.question].text) + u" "_s
            + md(questions[reason.question].options[reason.option].label) + u'\n';
        anyDriver = true;
    }
    for (int k = 0; k < pack.categories.size(); ++k) {
        if (m_weights.value(k) >= 4) {
            out += u"* "_s
                + md(tr("%1 matters (importance %2 of 5)").arg(pack.categories[k].name).arg(m_weights.value(k)))
                + u'\n';
            anyDriver = true;
        }
    }
    if (!anyDriver)
        out += u"* "_s + md(tr("No answer favours one option yet.")) + u'\n';

    out += u"\n## Considered Options\n\n"_s;
    for (const auto &c : pack.contenders)
        out += u"* "_s + md(c.name) + (c.tagline.isEmpty() ? QString() : u" — "_s + md(c.tagline)) + u'\n';

    out += u"\n## Decision Outcome\n\n"_s;
    out += verdictLine() + u"\n\n"_s;
    out += md(tr("Confidence: %1% (the margin between the two best scores, against the largest margin the questions "
                 "asked could give).")
                  .arg(percent))
        + u"\n\n"_s;
    if (r.outcome != Core::tieEdge)
        out += md(tr("Chosen option: %1, because it leads on the answers below.").arg(outcome)) + u"\n\n"_s;
    else
        out += md(tr("No option leads by enough: either can serve, and the choice depends on the points below."))
            + u"\n\n"_s;
    out += u"### Reasons\n\n"_s;
    if (r.reasons.isEmpty())
        out += md(tr("No answer favours one option yet.")) + u"\n"_s;
    const int toward = r.outcome == Core::tieEdge ? r.leader : r.outcome;
    int n = 1;
    for (const Core::Reason &reason : r.reasons) {
        const auto &q = questions[reason.question];
        out += QString::number(n++) + u". "_s
            + md(toward >= 0 ? tr("+%1 toward %2").arg(reason.points).arg(pack.contenders[toward].name)
                             : tr("+%1").arg(reason.points))
            + u": "_s + md(q.text) + u" — "_s + md(q.options[reason.option].label);
        if (!reason.criteria.isEmpty()) {
            QStringList related;
            for (const int c : reason.criteria)
                related.append(md(pack.criteria[c].criterion));
            out += u" ("_s + md(tr("see")) + u": "_s + related.join(u", "_s) + u')';
        }
        out += u'\n';
    }
    out += u"\n### What would change it\n\n"_s;
    if (r.changes.isEmpty())
        out += md(tr("No change of one or two answers would change this verdict.")) + u'\n';
    for (const Core::VerdictChange &change : r.changes)
        out += u"* "_s + md(ChecklistView::changeText(pack, engine, change)) + u'\n';

    out += u"\n## Pros and Cons of the Options\n\n"_s;
    for (int c = 0; c < pack.contenders.size(); ++c) {
        out += u"### "_s + md(pack.contenders[c].name) + u"\n\n"_s;
        for (const QString &when : pack.verdict.chooseWhen.value(c))
            out += u"* Good, because "_s + md(tr("it suits when: %1").arg(when)) + u'\n';
        for (const auto &criterion : pack.criteria) {
            if (m_weights.value(criterion.category) == 0)
                continue;
            if (criterion.edge == c)
                out += u"* Good, because "_s + md(criterion.criterion + u": "_s + criterion.values[c].text) + u'\n';
            else if (criterion.edge != Core::tieEdge)
                out += u"* Bad, because "_s + md(criterion.criterion + u": "_s + criterion.values[c].text) + u'\n';
        }
        out += u'\n';
    }

    out += u"## Questions and Answers\n\n| "_s + tr("Question") + u" | "_s + tr("Answer") + u" |\n| --- | --- |\n"_s;
    for (int q = 0; q < questions.size(); ++q) {
        if (!engine.isVisible(q))
            continue;
        out += u"| "_s + md(questions[q].text) + u" | "_s
            + md(ChecklistView::answerText(questions[q], engine.answer(q))) + u" |\n"_s;
    }

    const Core::Scoreboard board = Core::ScoreTable(pack).score(m_weights);
    out += u"\n## Weighted Comparison\n\n| "_s + tr("Contender") + u" | "_s + tr("Weighted score")
        + u" |\n| --- | ---: |\n"_s;
    for (int c = 0; c < pack.contenders.size(); ++c)
        out += u"| "_s + md(pack.contenders[c].name) + u" | "_s + Core::formatPercent(board.totals[c]) + u" |\n"_s;
    out += u"\n```text\n"_s;
    for (int c = 0; c < pack.contenders.size(); ++c)
        out += pack.contenders[c].name.leftJustified(12, u' ', true) + u' ' + bar(board.totals[c]) + u' '
            + Core::formatPercent(board.totals[c]) + u'\n';
    out += u"```\n\n| "_s + tr("Category") + u" | "_s + tr("Weight") + u" |"_s;
    for (const auto &c : pack.contenders)
        out += u' ' + md(c.name) + u" |"_s;
    out += u"\n| --- | ---: |"_s + u" ---: |"_s.repeated(pack.contenders.size()) + u'\n';
    for (int k = 0; k < pack.categories.size(); ++k) {
        out += u"| "_s + md(pack.categories[k].name) + u" | "_s + QString::number(m_weights.value(k)) + u" |"_s;
        for (int c = 0; c < pack.contenders.size(); ++c)
            out += u' ' + Core::formatPercent(board.categories[k][c]) + u" |"_s;
        out += u'\n';
    }

    out += u"\n## Notes\n\n"_s;
    if (m_session.notes().isEmpty())
        out += md(tr("No notes.")) + u'\n';
    for (auto it = m_session.notes().cbegin(); it != m_session.notes().cend(); ++it) {
        const int c = pack.criterionIndex.value(it.key(), -1);
        out += u"* **"_s + md(c >= 0 ? pack.criteria[c].criterion : it.key()) + u"**: "_s + md(it.value()) + u'\n';
    }

    out += u"\n## Sources\n\n"_s;
    QSet<QUrl> seen;
    for (const auto &criterion : pack.criteria) {
        for (const auto &s : criterion.sources) {
            if (seen.contains(s.url))
                continue;
            seen.insert(s.url);
            out += u"* "_s + md(s.title) + u" — <"_s + QString::fromUtf8(s.url.toEncoded()) + u"> ("_s
                + md(tr("as of %1").arg(s.asOf)) + u")\n"_s;
        }
    }
    return out;
}

QString Report::htmlBody(ChartIn chartIn) const
{
    const Core::Pack &pack = m_session.pack();
    const Core::VerdictEngine &engine = m_session.engine();
    const auto &questions = pack.checklist.questions;
    const Core::VerdictResult &r = m_result;
    const int percent = qRound(r.confidence * 100);

    QString h = u"<h1>"_s + pack.title.toHtmlEscaped() + u"</h1><p class=\"meta\">"_s
        + (tr("Decision record · %1").arg(QLocale().toString(m_session.date(), QLocale::LongFormat))).toHtmlEscaped();
    QStringList client{m_session.clientName(), m_session.organisation()};
    client.removeAll(QString());
    if (!client.isEmpty())
        h += u" · "_s + (tr("Client: %1").arg(client.join(u", "_s))).toHtmlEscaped();
    h += u"</p><p class=\"verdict\">"_s + verdictLine().toHtmlEscaped() + u"</p><p>"_s
        + (tr("Confidence: %1% · %2 of %3 questions answered").arg(percent).arg(r.answered).arg(r.visible))
              .toHtmlEscaped()
        + u"</p>"_s;

    h += u"<h2>"_s + (tr("Reasons")).toHtmlEscaped() + u"</h2>"_s;
    if (r.reasons.isEmpty())
        h += u"<p>"_s + (tr("No answer favours one option yet.")).toHtmlEscaped() + u"</p>"_s;
    else
        h += u"<ol>"_s;
    const int toward = r.outcome == Core::tieEdge ? r.leader : r.outcome;
    for (const Core::Reason &reason : r.reasons) {
        const auto &q = questions[reason.question];
        h += u"<li><b>"_s
            + (toward >= 0 ? tr("+%1 toward %2").arg(reason.points).arg(pack.contenders[toward].name)
                           : tr("+%1").arg(reason.points))
                  .toHtmlEscaped()
            + u"</b>: "_s + q.text.toHtmlEscaped() + u" — "_s + q.options[reason.option].label.toHtmlEscaped()
            + u"</li>"_s;
    }
    if (!r.reasons.isEmpty())
        h += u"</ol>"_s;

    h += u"<h2>"_s + (tr("What would change it")).toHtmlEscaped() + u"</h2><ul>"_s;
    if (r.changes.isEmpty())
        h += u"<li>"_s + (tr("No change of one or two answers would change this verdict.")).toHtmlEscaped()
            + u"</li>"_s;
    for (const Core::VerdictChange &change : r.changes)
        h += u"<li>"_s + (ChecklistView::changeText(pack, engine, change)).toHtmlEscaped() + u"</li>"_s;
    h += u"</ul>"_s;

    h += u"<h2>"_s + (tr("Questions and answers")).toHtmlEscaped() + u"</h2><table><tr><th>"_s
        + (tr("Question")).toHtmlEscaped() + u"</th><th>"_s + (tr("Answer")).toHtmlEscaped() + u"</th></tr>"_s;
    for (int q = 0; q < questions.size(); ++q) {
        if (engine.isVisible(q))
            h += u"<tr><td>"_s + questions[q].text.toHtmlEscaped() + u"</td><td>"_s
                + (ChecklistView::answerText(questions[q], engine.answer(q))).toHtmlEscaped() + u"</td></tr>"_s;
    }
    h += u"</table>"_s;

    const Core::Scoreboard board = Core::ScoreTable(pack).score(m_weights);
    h += u"<h2>"_s + (tr("Weighted comparison")).toHtmlEscaped() + u"</h2><table><tr><th>"_s
        + (tr("Contender")).toHtmlEscaped() + u"</th><th>"_s + (tr("Weighted score")).toHtmlEscaped() + u"</th></tr>"_s;
    for (int c = 0; c < pack.contenders.size(); ++c)
        h += u"<tr><td>"_s + pack.contenders[c].name.toHtmlEscaped() + u"</td><td class=\"num\">"_s
            + (Core::formatPercent(board.totals[c])).toHtmlEscaped() + u"</td></tr>"_s;
    h += u"</table>"_s;
    QString src = u"versus-report:chart"_s;
    if (chartIn == ChartIn::DataUri) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        chart().save(&buffer, "PNG");
        src = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    }
    h += u"<p><img src=\""_s + src + u"\" width=\"640\" alt=\""_s + (tr("Chart of the weighted scores")).toHtmlEscaped()
        + u"\"></p>"_s;
    h += u"<table><tr><th>"_s + (tr("Category")).toHtmlEscaped() + u"</th><th>"_s + (tr("Weight")).toHtmlEscaped()
        + u"</th>"_s;
    for (const auto &c : pack.contenders)
        h += u"<th>"_s + c.name.toHtmlEscaped() + u"</th>"_s;
    h += u"</tr>"_s;
    for (int k = 0; k < pack.categories.size(); ++k) {
        h += u"<tr><td>"_s + pack.categories[k].name.toHtmlEscaped() + u"</td><td class=\"num\">"_s
            + QString::number(m_weights.value(k)) + u"</td>"_s;
        for (int c = 0; c < pack.contenders.size(); ++c)
            h += u"<td class=\"num\">"_s + (Core::formatPercent(board.categories[k][c])).toHtmlEscaped() + u"</td>"_s;
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>"_s + (tr("Notes")).toHtmlEscaped() + u"</h2>"_s;
    if (m_session.notes().isEmpty())
        h += u"<p>"_s + (tr("No notes.")).toHtmlEscaped() + u"</p>"_s;
    else
        h += u"<ul>"_s;
    for (auto it = m_session.notes().cbegin(); it != m_session.notes().cend(); ++it) {
        const int c = pack.criterionIndex.value(it.key(), -1);
        h += u"<li><b>"_s + (c >= 0 ? pack.criteria[c].criterion : it.key()).toHtmlEscaped() + u"</b>: "_s
            + it.value().toHtmlEscaped() + u"</li>"_s;
    }
    if (!m_session.notes().isEmpty())
        h += u"</ul>"_s;

    h += u"<h2>"_s + (tr("Sources")).toHtmlEscaped() + u"</h2><ul>"_s;
    QSet<QUrl> seen;
    for (const auto &criterion : pack.criteria) {
        for (const auto &s : criterion.sources) {
            if (seen.contains(s.url))
                continue;
            seen.insert(s.url);
            const QString url = QString::fromUtf8(s.url.toEncoded()).toHtmlEscaped();
            h += u"<li><a href=\""_s + url + u"\">"_s + s.title.toHtmlEscaped() + u"</a> — "_s
                + (tr("as of %1").arg(s.asOf)).toHtmlEscaped() + u"</li>"_s;
        }
    }
    h += u"</ul><p class=\"meta\">"_s
        + (tr("Made with Versus %1, pack %2 version %3.").arg(QStringLiteral(VERSUS_VERSION), pack.id, pack.version))
              .toHtmlEscaped()
        + u"</p>"_s;
    return h;
}

QString Report::html() const
{
    static const QString style = u"body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222;"
                                 "line-height:1.45}h1{margin-bottom:.2em}.meta{color:#666}.verdict{font-size:1.6em;"
                                 "font-weight:bold;margin:.6em 0}table{border-collapse:collapse;margin:.8em 0}"
                                 "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
                                 ".num{text-align:right}img{max-width:100%}"_s;
    return u"<!DOCTYPE html>\n<html lang=\""_s + m_session.pack().language.toHtmlEscaped()
        + u"\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
          u"'none'; "
          "img-src data:; style-src 'unsafe-inline'\"><title>"_s
        + QString(m_session.pack().title + u" — "_s + verdictLine()).toHtmlEscaped() + u"</title><style>"_s + style
        + u"</style></head><body>"_s + htmlBody(ChartIn::DataUri) + u"</body></html>\n"_s;
}

std::unique_ptr<QTextDocument> Report::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->addResource(QTextDocument::ImageResource, QUrl(u"versus-report:chart"_s), chart());
    doc->setDefaultStyleSheet(u"table{border-collapse:collapse} th,td{border:1px solid #999;padding:3px}"_s);
    doc->setHtml(u"<html><body>"_s + htmlBody(ChartIn::Resource) + u"</body></html>"_s);
    return doc;
}

QString Report::write(const QString &fileName) const
{
    const auto format = formatForFile(fileName);
    if (!format)
        return tr("%1: a report can be written as .pdf, .html or .md").arg(fileName);
    if (*format == Format::Pdf) {
        const auto doc = document();
        return writePdf(doc.get(), fileName, m_session.pack().title + u" — "_s + verdictLine());
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(fileName, file.errorString());
    const QByteArray bytes = (*format == Format::Html ? html() : markdown()).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}

int reportCommand(const QString &workshopFile, const QString &outFile, const QString &packFile, Core::Console &console)
{
    if (!Report::formatForFile(outFile)) {
        console.err << u"versus: "_s << Report::tr("%1: a report can be written as .pdf, .html or .md").arg(outFile)
                    << Qt::endl;
        return 2;
    }
    const auto pack = Core::loadPackForCommand(packFile, console);
    if (!pack)
        return 1;
    const Core::WorkshopLoadResult loaded = Core::WorkshopFile::load(workshopFile);
    for (const auto &d : loaded.diagnostics)
        console.err << d.toString() << Qt::endl;
    if (!loaded.workshop)
        return 1;
    Core::Weights weights;
    weights.setPack(pack);
    Core::WorkshopSession session(pack, &weights);
    for (const QString &message : session.apply(*loaded.workshop))
        console.err << workshopFile << u": warning: "_s << message << Qt::endl;
    const Report report(session, weights.values());
    if (QString error = report.write(outFile); !error.isEmpty()) {
        console.err << u"versus: "_s << error << Qt::endl;
        return 1;
    }
    console.out << report.verdictLine() << Qt::endl;
    return 0;
}

} // namespace Versus::Gui
