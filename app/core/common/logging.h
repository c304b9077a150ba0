#pragma once

#include <QLoggingCategory>

// One category per module, named versus.<library>.<module>. Enable with, for example,
// QT_LOGGING_RULES="versus.core.inquiry.debug=true". Warnings are on by default.
Q_DECLARE_LOGGING_CATEGORY(lcPack) // versus.core.pack: loading and validating packs
Q_DECLARE_LOGGING_CATEGORY(lcWorkshop) // versus.core.workshop: workshop files and autosave
Q_DECLARE_LOGGING_CATEGORY(lcInquiry) // versus.core.inquiry: drafts, outbox database, token store
Q_DECLARE_LOGGING_CATEGORY(lcNet) // versus.core.net: inquiry delivery over HTTP
Q_DECLARE_LOGGING_CATEGORY(lcSearch) // versus.core.search: the search index (SQLite FTS5)
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // versus.core.settings
Q_DECLARE_LOGGING_CATEGORY(lcExport) // versus.core.export: tables and reports written to files
Q_DECLARE_LOGGING_CATEGORY(lcStartup) // versus.ui.startup: start-up checkpoints (debug)

namespace Versus::Core {
/// With versus.ui.startup.debug=true, logs the milliseconds since the first call (main()'s)
/// and what has just been done: the profile of the start-up path. Nearly free when off.
void startupCheckpoint(const char *what);
} // namespace Versus::Core
