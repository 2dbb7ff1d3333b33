#include "Pages.h"

#include "ImportExportPage.h"
#include "JobsPages.h"

namespace lieu::ui {

QList<PageSpec> allPages()
{
    QList<PageSpec> pages;
    // Each area appends its pages here, in the order the main window shows them.
    pages << ImportExportPage::spec(); // HR: Import & export
    pages << jobsPages();
    return pages;
}

} // namespace lieu::ui
