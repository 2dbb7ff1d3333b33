#include "HrPages.h"

#include "AuditPage.h"
#include "ChartsPage.h"
#include "EmployeesPage.h"
#include "HolidaysPage.h"
#include "SettingsPage.h"

#include <QCoreApplication>

namespace lieu::ui {

namespace {
template <typename Page>
PageSpec hrPage(const char *id, const QString &title, const char *icon)
{
    PageSpec spec;
    spec.id = QString::fromLatin1(id);
    spec.title = title;
    spec.icon = QIcon::fromTheme(QString::fromLatin1(icon));
    spec.hr = true;
    spec.create = [](Session &session, QWidget *parent) -> QWidget * { return new Page(session, parent); };
    return spec;
}

// lupdate files these strings under the namespace's name, so that is the context they are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("lieu::ui", text);
}
} // namespace

QList<PageSpec> hrPageSpecs()
{
    return {
        hrPage<EmployeesPage>("hr.employees", tr("Employees"), "system-users"),
        chartsPageSpec(),
        hrPage<HolidaysPage>("hr.holidays", tr("Holidays"), "x-office-calendar"),
        hrPage<SettingsPage>("hr.settings", tr("TOIL settings"), "preferences-system"),
        hrPage<AuditPage>("hr.audit", tr("Audit log"), "document-properties"),
    };
}

} // namespace lieu::ui
