#pragma once

#include <QCoreApplication>
#include <QString>

namespace lieu {

class Database;
class Clock;

// A small organisation with a few weeks of history, dated relative to the clock's today, so every window
// has something real to show: an HR manager, two supervisors and their teams, holidays, approved and
// pending timesheets, leave and an expired lot.
class Demo final
{
    Q_DECLARE_TR_FUNCTIONS(Demo)

public:
    // Logins of the demo people; every demo login's password is kDemoPassword.
    static const QString HrLogin;         // "hana"   HR, no supervisor
    static const QString SupervisorLogin; // "sam"    supervises ella, omar, ines
    static const QString EmployeeLogin;   // "ella"
    static const QString DemoPassword;    // "demo"

    // Fills an empty, migrated database. Refuses a database that already has employees.
    static void populate(Database &db, const Clock &clock);
};

} // namespace lieu
