#pragma once

#include <QString>

namespace Versus::Gui {

/// "system" (the platform's palette, light or dark), "light" or "dark".
void applyTheme(const QString &theme);

} // namespace Versus::Gui
