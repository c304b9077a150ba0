#include "core/json/jsonpath.h"

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString JsonPath::toString() const
{
    if (!m_parent)
        return u""_s;
    QString token;
    if (m_index >= 0) {
        token = QString::number(m_index);
    } else {
        token = QString::fromUtf8(m_key.data(), static_cast<qsizetype>(m_key.size()));
        token.replace(u'~', u"~0"_s);
        token.replace(u'/', u"~1"_s);
    }
    return m_parent->toString() + u'/' + token;
}

} // namespace Versus::Core
