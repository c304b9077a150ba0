#include "textfold.h"

namespace Versus::Core {

QString foldForMatching(const QString &text)
{
    // Fast path: plain ASCII needs only lower-casing.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

QStringList matchTerms(const QString &query)
{
    return foldForMatching(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsAllTerms(const QString &foldedText, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!foldedText.contains(term))
            return false;
    }
    return true;
}

} // namespace Versus::Core
