#pragma once

#include "Pages.h"

namespace lieu::ui {

// HR's pages for the main window, in order: employees, balance charts, holidays, TOIL settings, audit log.
QList<PageSpec> hrPageSpecs();

} // namespace lieu::ui
