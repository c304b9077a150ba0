#include "core/text/stemmer.h"

#include <libstemmer.h>

namespace Versus::Core {

Stemmer::Stemmer(const QString &language)
{
    const QByteArray primary = language.section(u'-', 0, 0).toLower().toLatin1();
    if (!primary.isEmpty())
        m_stemmer = sb_stemmer_new(primary.constData(), "UTF_8"); // null when Snowball has none
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &word)
{
    if (!m_stemmer || word.size() < 3)
        return word;
    if (const auto it = m_cache.constFind(word); it != m_cache.cend())
        return *it;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                           static_cast<int>(utf8.size()));
    // Null only when memory ran out: the word unstemmed is still a right answer.
    QString stemmed = out ? QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer)) : word;
    m_cache.insert(word, stemmed);
    return stemmed;
}

} // namespace Versus::Core
