#include "Pages.h"

namespace lieu::ui {

QList<PageSpec> allPages()
{
    QList<PageSpec> pages;
    // Each area appends its pages here, in the order the main window shows them.
    return pages;
}

} // namespace lieu::ui
