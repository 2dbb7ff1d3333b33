#include "EmployeePages.h"

#include "MyToilPage.h"
#include "TimesheetPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace lieu::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmployeePages)
};
} // namespace

void appendEmployeePages(QList<PageSpec> &pages)
{
    QStyle *style = QApplication::style();
    PageSpec timesheet;
    timesheet.id = QStringLiteral("employee.timesheet");
    timesheet.title = Tr::tr("Timesheet");
    timesheet.icon = style->standardIcon(QStyle::SP_FileDialogDetailedView);
    timesheet.employee = true;
    timesheet.create = [](Session &session, QWidget *parent) -> QWidget * { return new TimesheetPage(session, parent); };
    pages << timesheet;

    PageSpec toil;
    toil.id = QStringLiteral("employee.toil");
    toil.title = Tr::tr("My TOIL");
    toil.icon = style->standardIcon(QStyle::SP_FileDialogInfoView);
    toil.employee = true;
    toil.create = [](Session &session, QWidget *parent) -> QWidget * { return new MyToilPage(session, parent); };
    pages << toil;
}

} // namespace lieu::ui
