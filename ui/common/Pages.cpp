#include "Pages.h"

#include "EmployeePages.h"
#include "HrPages.h"
#include "ConnectionPage.h"
#include "ImportExportPage.h"
#include "ReviewPage.h"
#include "JobsPages.h"

namespace lieu::ui {

QList<PageSpec> allPages()
{
    QList<PageSpec> pages;
    // Each area appends its pages here, in the order the main window shows them.
    appendEmployeePages(pages);
    pages << reviewPageSpec();
    pages += hrPageSpecs();
    pages << ImportExportPage::spec(); // HR: Import & export
    pages << jobsPages();
    pages << ConnectionPage::spec(); // HR: Database connection
    return pages;
}

} // namespace lieu::ui
