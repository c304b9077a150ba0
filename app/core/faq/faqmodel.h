#pragma once

#include "core/common/groupeditemmodel.h"
#include "core/pack/pack.h"

#include <QBitArray>
#include <QStringList>

#include <memory>

namespace Versus::Core {

/// The FAQ as a tree: one group per tag (in order of first use; entries without a
/// tag under "Other"), each with its questions. An entry with two tags shows in both.
/// Filtering by tags and by text (every word must appear in the question or the
/// answer; case and accents ignored) is built in: hidden rows are not in the model.
class FaqModel final : public GroupedItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqModel)

public:
    enum Role {
        EntryRole = Qt::UserRole + 40, // int: index into Pack::faq, or -1 for a group
        HighlightsRole, // QVariantList of QPoint(start, length) in the question
    };

    explicit FaqModel(QObject *parent = nullptr);

    void setPack(std::shared_ptr<const Pack> pack);
    QStringList tags() const { return m_tags; }
    void setFilter(const QString &text, const QStringList &tags);
    QString filterText() const { return m_text; }
    QStringList filterTerms() const { return m_terms; }
    int shownEntries() const;
    int entryAt(const QModelIndex &index) const;
    /// The first row showing this entry.
    QModelIndex indexOfEntry(int entry) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString tag;
        QList<int> entries; // all entries with the tag
        QList<int> shown; // those the filter lets through
    };
    void refilter();
    int groupCount() const override { return static_cast<int>(m_shownGroups.size()); }
    int childCount(int group) const override { return static_cast<int>(m_groups[m_shownGroups[group]].shown.size()); }

    std::shared_ptr<const Pack> m_pack;
    QStringList m_tags;
    QList<Group> m_groups;
    QList<int> m_shownGroups; // indexes into m_groups with at least one entry shown
    QStringList m_folded; // per entry: question and answer, folded
    QString m_text;
    QStringList m_terms;
    QStringList m_filterTags;
};

} // namespace Versus::Core
