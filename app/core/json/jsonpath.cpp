#include "core/json/jsonpath.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Versus::Core {

QString JsonPath::toString() const
{
    // Root first, each token appended once: building it from the parent's string at
    // every level would copy the pointer once per level.
    std::vector<const JsonPath *> chain;
    for (const JsonPath *p = this; p->m_parent; p = p->m_parent)
        chain.push_back(p);
    std::reverse(chain.begin(), chain.end());
    QString pointer = u""_s; // not null: the root's pointer is "", shown as "/"
    for (const JsonPath *link : chain) {
        const JsonPath &p = *link;
        pointer += u'/';
        if (p.m_index >= 0) {
            pointer += QString::number(p.m_index);
        } else {
            QString token = QString::fromUtf8(p.m_key.data(), static_cast<qsizetype>(p.m_key.size()));
            token.replace(u'~', u"~0"_s);
            token.replace(u'/', u"~1"_s);
            pointer += token;
        }
    }
    return pointer;
}

} // namespace Versus::Core
