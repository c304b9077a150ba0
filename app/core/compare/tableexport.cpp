#include "core/compare/tableexport.h"

#include "core/common/fileformat.h"
#include "core/common/logging.h"
#include "core/compare/scoreboardmodel.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

// RFC 4180: quote fields holding a comma, quote or line break; double the quotes.
// A leading =, +, - or @ is prefixed with ' so that spreadsheets do not run it as a formula;
// so is a leading tab or carriage return, and white space before one of those, which
// spreadsheets skip before they look for a formula.
QString csvField(QString s)
{
    const auto *const start = std::find_if(s.cbegin(), s.cend(), [](QChar c) { return !c.isSpace(); });
    const bool formula = start != s.cend() && QStringLiteral("=+-@").contains(*start);
    if (formula || s.startsWith(u'\t') || s.startsWith(u'\r'))
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(u'"', u"\"\""_s);
        return u'"' + s + u'"';
    }
    return s;
}

// Inside a Markdown table cell: no pipes or line breaks, and no active Markdown.
QString markdownCell(QString s)
{
    s.replace(u'\\', u"\\\\"_s);
    for (const QChar c : {u'|', u'*', u'_', u'`', u'[', u']', u'<', u'>', u'#'})
        s.replace(c, u'\\' + QString(c));
    s.replace(u"\r\n"_s, u" "_s);
    s.replace(u'\n', u' ');
    return s;
}

QString tsvField(QString s)
{
    s.replace(u'\t', u' ');
    s.replace(u'\n', u' ');
    return s;
}

} // namespace

TableExport::TableExport(const Pack &pack, QList<int> criteria, QList<int> weights, std::optional<Scoreboard> board)
    : m_pack(pack)
    , m_criteria(std::move(criteria))
    , m_weights(std::move(weights))
    , m_board(board ? std::move(*board) : ScoreTable(pack).score(m_weights))
{
}

QList<int> TableExport::allCriteria(const Pack &pack)
{
    QList<int> all(pack.criteria.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

std::optional<TableExport::Format> TableExport::formatForFile(const QString &fileName)
{
    return formatForSuffix<Format>(fileName,
                                   {{u"csv", Format::Csv}, {u"md", Format::Markdown}, {u"markdown", Format::Markdown}});
}

QString TableExport::render(Format format) const
{
    switch (format) {
    case Format::Csv: return csv();
    case Format::Markdown: return markdown();
    case Format::Tsv: return tsv();
    case Format::Html: return html();
    }
    return {};
}

QStringList TableExport::headers() const
{
    QStringList h{tr("Category"), tr("Weight"), tr("Criterion")};
    for (const auto &c : m_pack.contenders)
        h << c.name << tr("%1 rating").arg(c.name);
    h << tr("Edge") << tr("Sources");
    return h;
}

QStringList TableExport::cells(int criterion) const
{
    const Criterion &c = m_pack.criteria[criterion];
    QStringList row{m_pack.categories[c.category].name, QString::number(m_weights.value(c.category)), c.criterion};
    for (const auto &v : c.values)
        row << v.text << QString::number(v.rating);
    QStringList urls;
    for (const auto &s : c.sources)
        urls.append(QString::fromUtf8(s.url.toEncoded()));
    row << m_pack.edgeName(c.edge) << urls.join(u' ');
    return row;
}

QString TableExport::csv() const
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + u"\r\n"_s;
    };
    // The id, last, lets --import-table tell an edited criterion from a new one.
    line(headers() << tr("Id"));
    for (const int c : m_criteria)
        line(cells(c) << m_pack.criteria[c].id);
    return out;
}

QString TableExport::tsv() const
{
    QString out;
    const auto line = [&out](const QStringList &fields) {
        QStringList clean;
        for (const QString &f : fields)
            clean.append(tsvField(f));
        out += clean.join(u'\t') + u'\n';
    };
    line(headers());
    for (const int c : m_criteria)
        line(cells(c));
    return out;
}

QString TableExport::markdown() const
{
    QString out = u"# "_s + markdownCell(m_pack.title) + u"\n\n"_s;
    out += tr("Pack %1, version %2, updated %3.")
               .arg(markdownCell(m_pack.id), markdownCell(m_pack.version), m_pack.updated.toString(Qt::ISODate))
        + u"\n\n## "_s + tr("Scoreboard") + u"\n\n| "_s + tr("Contender") + u" | "_s + tr("Weighted score")
        + u" |\n| --- | ---: |\n"_s;
    for (int i = 0; i < m_pack.contenders.size(); ++i)
        out += u"| "_s + markdownCell(m_pack.contenders[i].name) + u" | "_s + formatPercent(m_board.totals[i])
            + u" |\n"_s;
    out += u"\n## "_s + tr("Weights") + u"\n\n| "_s + tr("Category") + u" | "_s + tr("Weight (0–5)")
        + u" |\n| --- | ---: |\n"_s;
    for (int k = 0; k < m_pack.categories.size(); ++k)
        out += u"| "_s + markdownCell(m_pack.categories[k].name) + u" | "_s + QString::number(m_weights.value(k))
            + u" |\n"_s;
    out += u"\n## "_s + tr("Detailed comparison") + u"\n\n"_s;
    const QStringList h = headers();
    QStringList escapedHeaders;
    for (const QString &s : h)
        escapedHeaders.append(markdownCell(s));
    out += u"| "_s + escapedHeaders.join(u" | "_s) + u" |\n|"_s + u" --- |"_s.repeated(h.size()) + u'\n';
    for (const int c : m_criteria) {
        QStringList row;
        const QStringList raw = cells(c);
        for (int i = 0; i < raw.size(); ++i) {
            // Source addresses stay clickable: <https://...> is an autolink.
            if (i == raw.size() - 1) {
                QStringList links;
                for (const QString &u : raw[i].split(u' ', Qt::SkipEmptyParts))
                    links.append(u'<' + u + u'>');
                row.append(links.join(u' '));
            } else {
                row.append(markdownCell(raw[i]));
            }
        }
        out += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    }
    return out;
}

QString TableExport::html() const
{
    QString out = u"<table><thead><tr>"_s;
    for (const QString &h : headers())
        out += u"<th>"_s + h.toHtmlEscaped() + u"</th>"_s;
    out += u"</tr></thead><tbody>"_s;
    for (const int c : m_criteria) {
        out += u"<tr>"_s;
        for (const QString &cell : cells(c))
            out += u"<td>"_s + cell.toHtmlEscaped() + u"</td>"_s;
        out += u"</tr>"_s;
    }
    return out + u"</tbody></table>"_s;
}

Result<void> TableExport::writeFile(const QString &fileName, const QString &text)
{
    QSaveFile file(fileName);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcExport).noquote() << "cannot write" << fileName << "-" << file.errorString();
        return failure(tr("cannot write %1: %2").arg(fileName, file.errorString()), fileName);
    }
    qCDebug(lcExport) << "wrote" << fileName;
    return {};
}

} // namespace Versus::Core
