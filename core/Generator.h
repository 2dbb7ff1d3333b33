#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace lieu {

class Database;
class Clock;

// What `lieuctl generate` builds: an organisation of `employees` people in a supervisor tree (teams of 8 to
// 50, one team of exactly 50, about one in a hundred in HR) with `weeks` of history that ends on the
// clock's today: weekly timesheets with billable and non-billable hours, approved by the supervisor the
// next day (the last week's are still Awaiting Approval), leave applied for two weeks ahead and decided a
// week later (the last two weeks' still Open), the expiry job every Monday and today, and holidays.
// The same seed gives the same database.
struct GeneratorOptions
{
    enum class Mode {
        Bulk,     // writes the rows directly, in large transactions with prepared statements
        Services, // drives the same history through Directory, Timesheets, Leaves and Jobs (slow; for checking)
    };
    int employees = 100;
    int weeks = 52;
    quint64 seed = 1;
    Mode mode = Mode::Bulk;
};

struct GeneratorReport
{
    int employees = 0;
    int supervisors = 0;
    int hr = 0;
    int largestTeam = 0;
    int holidays = 0;
    QDate firstDay;
    QDate lastDay;
    qint64 timesheets = 0;
    qint64 timeLogs = 0;
    qint64 lots = 0;
    qint64 ledgerEntries = 0;
    qint64 applications = 0;
    qint64 openApplications = 0;
    qint64 expiredLots = 0;
    qint64 auditEntries = 0;
};

class Generator final
{
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    static constexpr int MaxEmployees = 200000;
    static constexpr int MaxWeeks = 520;

    // Fills an empty, migrated database (no employees yet). `progress(week, weeks)` is called after each
    // simulated week. Throws Error::invalid for options out of range, Error::rule for a database that
    // already has employees or settings the generator cannot honour.
    static GeneratorReport run(Database &db, const Clock &clock, const GeneratorOptions &options,
                               const std::function<void(int, int)> &progress = {});
};

} // namespace lieu
