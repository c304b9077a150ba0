#pragma once

#include "core/common/diagnostic.h"
#include "core/pack/pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Versus::Core {

/// The criteria table, as `--export-table` writes it to CSV and a spreadsheet saves it back,
/// applied to the pack it came from: texts, ratings, edges, categories and sources of the
/// criteria it names by id (the last column), and new criteria for rows without one. The
/// pack's text is edited in place, value by value, so that the file changes exactly where the
/// table did; the weight column is the user's, not the pack's, and is not read.
class TableImport final {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::TableImport)

public:
    struct Outcome {
        QByteArray pack; // the new pack's text; empty when there were problems
        QList<Diagnostic> problems; // each bad cell, by row and column
        int changed = 0; // criteria with at least one new value
        int added = 0;
        int newSources = 0; // sources known only by their address: their title is a TODO
        bool ok() const { return !pack.isEmpty(); }
    };

    /// packText is the file pack was loaded from; table the CSV text, tableFile its name
    /// for the messages; month the asOf of sources new to the pack (YYYY-MM).
    static Outcome apply(const QByteArray &packText, const Pack &pack, const QString &table, const QString &tableFile,
                         const QString &month);

    /// RFC 4180 fields, line by line; a byte-order mark is skipped, and the separator is the
    /// first line's comma, semicolon or tab (spreadsheets in some languages save semicolons).
    static QList<QStringList> parseCsv(const QString &input);
    /// The column's name in a spreadsheet: 0 -> A, 26 -> AA.
    static QString columnName(int column);
};

} // namespace Versus::Core
