#pragma once

#include <QString>
#include <QStringList>

namespace Versus::Core {

/// Folds text for matching: case-folded, accents removed (NFKD without combining
/// marks), so that "Résumé" and "resume" match.
QString foldForMatching(const QString &text);

/// Splits a query into folded words; a text matches when it contains every word.
QStringList matchTerms(const QString &query);
bool containsAllTerms(const QString &foldedText, const QStringList &terms);

} // namespace Versus::Core
