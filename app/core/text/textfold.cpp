#include "core/text/textfold.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace Versus::Core {

namespace {

using Buffer = QVarLengthArray<char16_t, 512>;

template <typename Out> void appendCodePoint(char32_t ucs, Out &out)
{
    if (QChar::requiresSurrogates(ucs)) {
        out.append(QChar::highSurrogate(ucs));
        out.append(QChar::lowSurrogate(ucs));
    } else {
        out.append(static_cast<char16_t>(ucs));
    }
}

// Appends the folded form of one code point: compatibility decomposition (as NFKD),
// combining marks dropped, case folded; "ß" becomes "ss" as in full case folding.
template <typename Out> void foldCodePoint(char32_t ucs, Out &out)
{
    if (ucs < 0x80) {
        out.append(static_cast<char16_t>(ucs >= 'A' && ucs <= 'Z' ? ucs + ('a' - 'A') : ucs));
        return;
    }
    if (ucs == 0xDF || ucs == 0x1E9E) {
        out.append(u's');
        out.append(u's');
        return;
    }
    if (QChar::category(ucs) == QChar::Mark_NonSpacing)
        return;
    if (QChar::decompositionTag(ucs) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(ucs);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            char32_t part = parts[i].unicode();
            if (parts[i].isHighSurrogate() && i + 1 < parts.size()) {
                part = QChar::surrogateToUcs4(parts[i], parts[i + 1]);
                ++i;
            }
            foldCodePoint(part, out);
        }
        return;
    }
    appendCodePoint(QChar::toCaseFolded(ucs), out);
}

// Folds text; when origins is given, records for each output unit the index it came from.
QString fold(const QString &text, QList<int> *origins)
{
    Buffer out;
    out.reserve(text.size());
    if (origins)
        origins->reserve(text.size());
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype start = i;
        char32_t ucs = data[i].unicode();
        if (data[i].isHighSurrogate() && i + 1 < n && data[i + 1].isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(data[i], data[i + 1]);
            ++i;
        }
        const qsizetype before = out.size();
        foldCodePoint(ucs, out);
        if (origins) {
            for (qsizetype k = before; k < out.size(); ++k)
                origins->append(static_cast<int>(start));
        }
    }
    return QString(reinterpret_cast<const QChar *>(out.constData()), out.size());
}

} // namespace

void appendFoldedCodePoint(char32_t ucs, FoldBuffer &out)
{
    foldCodePoint(ucs, out);
}

QString foldForMatching(const QString &text)
{
    return fold(text, nullptr);
}

FoldedText foldWithOrigins(const QString &text)
{
    FoldedText folded;
    folded.text = fold(text, &folded.origin);
    return folded;
}

QString markdownToPlainText(const QString &markdown)
{
    if (!markdown.contains(u'[') && !markdown.contains(u'*') && !markdown.contains(u'`') && !markdown.contains(u'#')
        && !markdown.contains(u'_'))
        return markdown;
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("(\\*\\*|__|`|^#+\\s|^\\s*[-*+]\\s)"),
                                          QRegularExpression::MultilineOption);
    QString text = markdown;
    text.replace(link, QStringLiteral("\\1"));
    text.replace(marks, QString());
    return text;
}

QString withoutLinkTargets(const QString &markdown)
{
    // "](" found through "]", which is a fast search for one character.
    const auto nextLink = [&](qsizetype from) {
        for (qsizetype at = markdown.indexOf(u']', from); at >= 0; at = markdown.indexOf(u']', at + 1)) {
            if (at + 1 < markdown.size() && markdown[at + 1] == u'(')
                return at;
        }
        return qsizetype(-1);
    };
    qsizetype at = nextLink(0);
    if (at < 0)
        return markdown;
    QString out;
    out.reserve(markdown.size());
    qsizetype from = 0;
    while (at >= 0) {
        const qsizetype close = markdown.indexOf(u')', at + 2);
        if (close < 0)
            break;
        out += QStringView(markdown).mid(from, at + 1 - from); // up to and with the "]"
        from = close + 1;
        at = nextLink(from);
    }
    out += QStringView(markdown).mid(from);
    return out;
}

QStringList matchTerms(const QString &query)
{
    return foldForMatching(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsAllTerms(const QString &foldedText, const QStringList &terms)
{
    return std::all_of(terms.cbegin(), terms.cend(), [&](const QString &term) { return foldedText.contains(term); });
}

} // namespace Versus::Core
