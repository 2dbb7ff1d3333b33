#pragma once

#include "Pages.h"

namespace lieu::ui {

// Appends what every employee sees: Timesheet and My TOIL.
void appendEmployeePages(QList<PageSpec> &pages);

} // namespace lieu::ui
