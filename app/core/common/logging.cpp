#include "core/common/logging.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcPack, "versus.core.pack", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWorkshop, "versus.core.workshop", QtWarningMsg)
Q_LOGGING_CATEGORY(lcInquiry, "versus.core.inquiry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "versus.core.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "versus.core.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "versus.core.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "versus.core.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStartup, "versus.ui.startup", QtWarningMsg)

namespace Versus::Core {

void startupCheckpoint(const char *what)
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    if (lcStartup().isDebugEnabled())
        qCDebug(lcStartup, "%8.3f ms  %s", static_cast<double>(clock.nsecsElapsed()) / 1e6, what);
}

} // namespace Versus::Core
