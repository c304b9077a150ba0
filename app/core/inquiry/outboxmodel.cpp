#include "core/inquiry/outboxmodel.h"

#include "core/text/linkpolicy.h"

#include <QLocale>

namespace Versus::Core {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutboxModel::setStore(const InquiryStore *store)
{
    m_store = store;
    refresh();
}

void OutboxModel::refresh()
{
    // An outbox that cannot be read (logged by the store) shows as empty, as none would.
    const auto items = m_store ? m_store->outbox() : Result<QList<OutboxItem>>(QList<OutboxItem>());
    const QList<OutboxItem> fresh = items ? *items : QList<OutboxItem>();
    // Same items in the same order (the usual case): only the values change.
    bool sameRows = fresh.size() == m_items.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh[i].id == m_items[i].id;
    if (sameRows) {
        m_items = fresh;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = fresh;
    endResetModel();
}

int OutboxModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

QString OutboxModel::stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued: return tr("Waiting to be sent");
    case OutboxItem::State::Sending: return tr("Sending…");
    case OutboxItem::State::Sent: return tr("Sent");
    case OutboxItem::State::NeedsAttention: return tr("Needs attention");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_items[index.row()];
    if (role == IdRole)
        return item.id;
    if (role == StateRole)
        return OutboxItem::stateName(item.state);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return plainTextToolTip(item.lastError);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case CreatedColumn: return locale.toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
    case NameColumn: {
        const QString name = item.fields.value(QStringLiteral("name")).toString();
        return name.isEmpty() ? item.fields.value(QStringLiteral("email")).toString() : name;
    }
    case StateColumn: return stateText(item.state);
    case AttemptsColumn: return item.attempts;
    case NextAttemptColumn:
        return item.state == OutboxItem::State::Queued && item.nextAttemptAt.isValid()
            ? locale.toString(item.nextAttemptAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case ErrorColumn: return item.lastError;
    default: return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn: return tr("Created");
    case NameColumn: return tr("From");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case NextAttemptColumn: return tr("Next attempt");
    case ErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace Versus::Core
