#pragma once

#include <QString>

namespace Versus::Ui {

/// Installs Versus's and Qt's own translations for a language ("de", "fr", ...), or
/// for the system's language when it is empty or "system". Returns the language used.
QString installTranslations(const QString &language);

/// "system" (the platform's palette, light or dark), "light" or "dark".
void applyTheme(const QString &theme);

} // namespace Versus::Ui
