#pragma once

#include <QString>
#include <QTextStream>

#include <memory>

namespace Versus::Core {

struct Pack;

/// Where headless commands write: stdout and stderr by default, strings in tests.
struct Console {
    Console();
    Console(QString *out, QString *err);
    QTextStream out;
    QTextStream err;
};

/// versus --check-pack FILE: problems to err; the "ok:" line to out. Returns the exit code.
int checkPackCommand(const QString &file, Console &console);

/// versus --export-table OUT.csv|OUT.md [--pack FILE]: the detailed comparison, one row
/// per criterion, with the weights remembered for the pack. Returns the exit code.
int exportTableCommand(const QString &outFile, const QString &packFile, Console &console);

/// versus --search TEXT [--pack FILE]: KIND<TAB>ID<TAB>TITLE per hit, best first.
/// Returns 0 when something matched, 1 when nothing did.
int searchCommand(const QString &text, const QString &packFile, Console &console);

/// versus --queue-inquiry FILE.json: validates the field values against the pack's form and
/// queues the inquiry; prints its id. 0 on success, 1 when a field is invalid or nothing could be stored.
int queueInquiryCommand(const QString &file, const QString &packFile, Console &console);

/// versus --send-outbox [--endpoint URL]: tries every queued inquiry once, now. Prints one
/// line per item (id, outcome). 0 when nothing is left queued, 3 when some wait for a retry
/// (or another Versus is sending), 1 when some need attention.
int sendOutboxCommand(const QString &endpoint, const QString &packFile, Console &console);

/// versus --list-outbox [--json]: every item with its id, state, attempts and last error.
int listOutboxCommand(bool json, Console &console);

/// Loads the pack a command works on: packFile, or the embedded pack when it is empty.
/// Reports problems to console.err; returns null when the pack cannot be used.
std::shared_ptr<const Pack> loadPackForCommand(const QString &packFile, Console &console);

} // namespace Versus::Core
