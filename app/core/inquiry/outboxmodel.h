#pragma once

#include "core/inquiry/inquirystore.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Versus::Core {

/// The outbox as a table: when, who, state, attempts, next attempt, last error.
class OutboxModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { CreatedColumn, NameColumn, StateColumn, AttemptsColumn, NextAttemptColumn, ErrorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 80, StateRole };

    explicit OutboxModel(QObject *parent = nullptr);

    /// Reads the store again; the store is not owned.
    void setStore(const InquiryStore *store);
    void refresh();
    OutboxItem itemAt(int row) const { return m_items.value(row); }
    int rowOf(const QString &id) const;
    static QString stateText(OutboxItem::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const InquiryStore *m_store = nullptr;
    QList<OutboxItem> m_items;
};

} // namespace Versus::Core
