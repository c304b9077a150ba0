#pragma once

#include <QHash>
#include <QString>

struct sb_stemmer;

namespace Versus::Core {

/// Snowball stemming (libstemmer) for a pack's language: "migrations" and "migration"
/// share a stem, as do "Datenbanken" and "Datenbank". Words are stemmed after folding
/// (foldForMatching), so that a query and a text meet whatever accents either has.
/// A language Snowball has no stemmer for leaves words as they are.
class Stemmer final {
public:
    /// A BCP 47 tag such as "en", "de-CH" or "fr"; its primary language picks the algorithm.
    explicit Stemmer(const QString &language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;
    Stemmer(Stemmer &&) = delete;
    Stemmer &operator=(Stemmer &&) = delete;

    /// The stem of one folded word; remembered, since a pack repeats its words.
    QString stem(const QString &word);

private:
    sb_stemmer *m_stemmer = nullptr;
    QHash<QString, QString> m_cache;
};

} // namespace Versus::Core
