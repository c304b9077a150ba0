#pragma once

#include "core/settings/settings.h"

namespace Versus::Gui {

/// The platform's palette (light or dark), or Versus's light or dark one.
void applyTheme(Core::Settings::Theme theme);

} // namespace Versus::Gui
