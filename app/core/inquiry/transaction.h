#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Versus::Core {

/// A database transaction that cannot be left open: it begins when constructed and is
/// rolled back when it goes out of scope without a successful commit(), so that every
/// early return of a multi-statement change undoes the part already written.
class Transaction final {
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
        , m_open(m_db.transaction())
    {
    }
    ~Transaction()
    {
        // Only an open transaction is touched; a committed (or never begun) one needs nothing.
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&) = delete;
    Transaction &operator=(Transaction &&) = delete;

    /// Whether the transaction began; when it did not, lastError() says why.
    bool isOpen() const { return m_open; }
    /// False when the commit failed (or the transaction never began); the destructor then
    /// rolls back whatever is left.
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }
    QSqlError lastError() const { return m_db.lastError(); }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace Versus::Core
