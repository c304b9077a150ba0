#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Versus::Core {

/// Folds text for matching: case-folded, accents removed (compatibility decomposition
/// without combining marks), so that "Résumé" and "resume" match.
QString foldForMatching(const QString &text);

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

/// Splits a query into folded words; a text matches when it contains every word.
QStringList matchTerms(const QString &query);
bool containsAllTerms(const QString &foldedText, const QStringList &terms);

} // namespace Versus::Core
