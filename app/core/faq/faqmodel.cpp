#include "core/faq/faqmodel.h"

#include "core/text/textfold.h"

#include <QPoint>

namespace Versus::Core {

FaqModel::FaqModel(QObject *parent)
    : GroupedItemModel(parent)
{
}

void FaqModel::setPack(std::shared_ptr<const Pack> pack)
{
    beginResetModel();
    m_pack = std::move(pack);
    m_tags.clear();
    m_groups.clear();
    m_folded.clear();
    m_text.clear();
    m_terms.clear();
    m_filterTags.clear();
    if (m_pack) {
        QList<int> untagged;
        for (int i = 0; i < m_pack->faq.size(); ++i) {
            const FaqEntry &e = m_pack->faq[i];
            m_folded.append(foldForMatching(e.question + u'\n' + markdownToPlainText(e.answer)));
            if (e.tags.isEmpty())
                untagged.append(i);
            for (const QString &tag : e.tags) {
                qsizetype g = m_tags.indexOf(tag);
                if (g < 0) {
                    m_tags.append(tag);
                    m_groups.append({tag, {}, {}});
                    g = m_tags.size() - 1;
                }
                m_groups[g].entries.append(i);
            }
        }
        if (!untagged.isEmpty())
            m_groups.append({tr("Other"), untagged, {}});
    }
    m_shownGroups.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        m_groups[g].shown = m_groups[g].entries;
        m_shownGroups.append(g);
    }
    endResetModel();
}

void FaqModel::setFilter(const QString &text, const QStringList &tags)
{
    if (text == m_text && tags == m_filterTags)
        return;
    m_text = text;
    m_terms = matchTerms(text);
    m_filterTags = tags;
    beginResetModel();
    refilter();
    endResetModel();
}

void FaqModel::refilter()
{
    m_shownGroups.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        group.shown.clear();
        const bool tagOk = m_filterTags.isEmpty() || m_filterTags.contains(group.tag);
        if (!tagOk)
            continue;
        for (const int e : std::as_const(group.entries)) {
            if (m_terms.isEmpty() || containsAllTerms(m_folded[e], m_terms))
                group.shown.append(e);
        }
        if (!group.shown.isEmpty())
            m_shownGroups.append(g);
    }
}

int FaqModel::shownEntries() const
{
    QSet<int> entries;
    for (const int g : m_shownGroups)
        for (const int e : m_groups[g].shown)
            entries.insert(e);
    return static_cast<int>(entries.size());
}

int FaqModel::entryAt(const QModelIndex &index) const
{
    if (!isChild(index))
        return -1;
    return m_groups[m_shownGroups[groupOf(index)]].shown[index.row()];
}

QModelIndex FaqModel::indexOfEntry(int entry) const
{
    for (int row = 0; row < m_shownGroups.size(); ++row) {
        const qsizetype at = m_groups[m_shownGroups[row]].shown.indexOf(entry);
        if (at >= 0)
            return childIndex(row, static_cast<int>(at));
    }
    return {};
}

QVariant FaqModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index)) {
        const Group &group = m_groups[m_shownGroups[index.row()]];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: return tr("%1 (%2)").arg(group.tag).arg(group.shown.size());
        case EntryRole: return -1;
        default: return {};
        }
    }
    const int entry = entryAt(index);
    const FaqEntry &e = m_pack->faq[entry];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return e.question;
    case EntryRole: return entry;
    case HighlightsRole: {
        QVariantList ranges;
        if (m_terms.isEmpty())
            return ranges;
        const FoldedText folded = foldWithOrigins(e.question);
        for (const QString &term : m_terms) {
            for (qsizetype at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
                const int from = folded.origin[at];
                const int to = folded.origin[at + term.size() - 1] + 1;
                ranges.append(QPoint(from, to - from));
            }
        }
        return ranges;
    }
    default: return {};
    }
}

} // namespace Versus::Core
