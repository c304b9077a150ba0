#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Versus::Core {

struct Pack;

/// Where headless commands write: stdout and stderr by default, strings in tests. Every line
/// goes through here, escaped, because much of it is untrusted (pack keys and values, workshop
/// keys, server messages): a raw ESC or BEL could drive the terminal, and a tab or a line break
/// would split one record into two.
class Console {
public:
    Console();
    Console(QString *out, QString *err);

    /// Control characters (C0, DEL and C1) written as \u001b, so that the text stays one line
    /// of plain characters.
    static QString escaped(const QString &text);

    /// One line to stdout, escaped.
    void print(const QString &line);
    /// Fields escaped one by one and joined by tabs: one record per line, whatever they hold.
    void printRow(const QStringList &fields);
    /// One line to stderr, escaped.
    void error(const QString &line);
    void flush();

private:
    QTextStream m_out;
    QTextStream m_err;
};

/// versus --check-pack FILE [--strict]: problems to err; the "ok:" line to out. 0 when the pack
/// can be used, 1 when it has errors, or (strict) any warning. Returns the exit code.
int checkPackCommand(const QString &file, Console &console, bool strict = false);

/// versus --export-table OUT.csv|OUT.md [--pack FILE]: the detailed comparison, one row
/// per criterion, with the weights remembered for the pack. Returns the exit code.
int exportTableCommand(const QString &outFile, const QString &packFile, Console &console);

/// versus --search TEXT [--pack FILE]: KIND<TAB>ID<TAB>TITLE per hit, best first.
/// Returns 0 when something matched, 1 when nothing did.
int searchCommand(const QString &text, const QString &packFile, Console &console);

/// The largest inquiry file --queue-inquiry reads.
inline constexpr qint64 maxInquiryFileSize = qint64(1024) * 1024;

/// versus --queue-inquiry FILE.json: validates the field values against the pack's form and
/// queues the inquiry; prints its id. 0 on success, 1 when the file is not one JSON object of
/// at most maxInquiryFileSize with each key once, a field is invalid or nothing could be stored.
int queueInquiryCommand(const QString &file, const QString &packFile, Console &console);

/// versus --send-outbox [--endpoint URL]: tries every queued inquiry once, now. Prints one
/// line per item (id, outcome). 0 when nothing is left queued, 3 when some wait for a retry
/// (or another Versus is sending), 1 when some need attention, or the database or the sender's
/// lock cannot be written, or an outcome could not be saved.
int sendOutboxCommand(const QString &endpoint, const QString &packFile, Console &console);

/// versus --test-endpoint [--endpoint URL]: prints the test request (the secret masked),
/// sends it and prints the answer. 0 when an inquiry would count as sent, 1 otherwise (or
/// when the profile has no test request: HubSpot).
int testEndpointCommand(const QString &endpoint, const QString &packFile, Console &console);

/// versus --list-outbox [--json]: every item with its id, state, attempts and last error.
/// 1 when the outbox cannot be read.
int listOutboxCommand(bool json, Console &console);

/// versus --check-pack FILE --stale: the sources older than maxAgeMonths on today (the Detailed
/// comparison's "may be outdated"), one CRITERION<TAB>TITLE<TAB>URL<TAB>ASOF line each, and a count
/// to err. 0 when none is, 1 when some are, 2 when the pack cannot be used.
int staleSourcesCommand(const QString &file, int maxAgeMonths, const QDate &today, Console &console);

/// Loads the pack a command works on: packFile, or the embedded pack when it is empty.
/// Reports problems to console.error(); returns null when the pack cannot be used.
std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console);

} // namespace Versus::Core
