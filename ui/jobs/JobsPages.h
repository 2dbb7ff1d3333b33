#pragma once

#include "Pages.h"

namespace lieu::ui {

// The pages of this area, for allPages(): "Background jobs" and "E-mail and schedule", both HR's.
QList<PageSpec> jobsPages();

} // namespace lieu::ui
