#pragma once

#include <QString>

namespace Versus::Gui {

/// Installs Versus's and Qt's own translations for a language ("de", "fr", ...), or
/// for the system's language when it is empty or "system". Returns the language used.
QString installTranslations(const QString &language);

} // namespace Versus::Gui
