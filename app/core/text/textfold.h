#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace Versus::Core {

/// Folds text for matching: case-folded, accents removed (compatibility decomposition
/// without combining marks), so that "Résumé" and "resume" match.
QString foldForMatching(const QString &text);

/// The folded form of one code point, appended to out.
using FoldBuffer = QVarLengthArray<char16_t, 8>;
void appendFoldedCodePoint(char32_t ucs, FoldBuffer &out);

/// Calls f(word) for each word (a run of letters and digits) of the folded text, as
/// splitting foldForMatching(text) would, in one pass and without folding a copy of the
/// whole text: the search index reads a pack's every word this way.
template <typename F> void forEachFoldedWord(QStringView text, F &&f)
{
    QVarLengthArray<char16_t, 64> word;
    FoldBuffer folded;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            f(QStringView(word.constData(), word.size()));
            word.clear();
        }
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                word.append(c);
            else if (c >= u'A' && c <= u'Z')
                word.append(static_cast<char16_t>(c + (u'a' - u'A')));
            else
                flush();
            continue;
        }
        char32_t ucs = c;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(c, text[i + 1].unicode());
            ++i;
        }
        folded.clear();
        appendFoldedCodePoint(ucs, folded);
        for (const char16_t u : folded) {
            if (QChar(u).isLetterOrNumber())
                word.append(u);
            else
                flush();
        }
    }
    flush();
}

/// Folded text that remembers, for each of its characters, where it came from in
/// the original: to highlight a match in the text as written.
struct FoldedText {
    QString text;
    QList<int> origin; // origin[i]: index in the original text of text[i]
};
FoldedText foldWithOrigins(const QString &text);

/// Markdown as the words a reader sees: link targets, emphasis marks, code ticks
/// and heading or list markers removed. For search and snippets, not for display.
QString markdownToPlainText(const QString &markdown);

/// Markdown with the targets of its links and images removed, which are not words a
/// reader sees; the marks stay (the search index skips them as punctuation anyway).
/// Much cheaper than markdownToPlainText, for text that is only indexed.
QString withoutLinkTargets(const QString &markdown);

/// Splits a query into folded words; a text matches when it contains every word.
QStringList matchTerms(const QString &query);
bool containsAllTerms(const QString &foldedText, const QStringList &terms);

} // namespace Versus::Core
