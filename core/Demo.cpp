#include "Demo.h"

#include "Actor.h"
#include "Auth.h"
#include "Clock.h"
#include "Database.h"
#include "Directory.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Settings.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

namespace lieu {

const QString Demo::HrLogin = QStringLiteral("hana");
const QString Demo::SupervisorLogin = QStringLiteral("sam");
const QString Demo::EmployeeLogin = QStringLiteral("ella");
const QString Demo::DemoPassword = QStringLiteral("demo");

namespace {
struct Person
{
    const char *id;
    const char *name;
    const char *login;
    const char *reportsTo;
    bool hr;
};

const Person kPeople[] = {
    {"EMP-0001", "Hana Hughes", "hana", nullptr, true},
    {"EMP-0002", "Sam Sutherland", "sam", "EMP-0001", false},
    {"EMP-0003", "Ella Evans", "ella", "EMP-0002", false},
    {"EMP-0004", "Omar Okafor", "omar", "EMP-0002", false},
    {"EMP-0005", "Ines Ibarra", "ines", "EMP-0002", false},
    {"EMP-0006", "Priya Patel", "priya", "EMP-0001", false},
    {"EMP-0007", "Tom Tanaka", "tom", "EMP-0006", false},
    {"EMP-0008", "Lena Larsen", "lena", "EMP-0006", false},
};

const char *const kActivities[] = {"Client delivery", "Support rota", "Release night", "Planning", "Incident review"};

// A small deterministic sequence, so the demo looks the same every time for the same today.
quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}
} // namespace

void Demo::populate(Database &db, const Clock &clock)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt() > 0)
        throw Error::rule(tr("The demo needs an empty database; this one already has employees"));

    Transaction tx(db);
    const QDate today = clock.today();
    FixedClock past(today.addDays(-400));
    const Actor system = Actor::system();
    Settings(db, clock).set(system, QString::fromLatin1(Settings::OrganisationName), tr("Demo Organisation"));

    Directory directory(db, past);
    for (const Person &p : kPeople) {
        Employee e;
        e.id = QString::fromLatin1(p.id);
        e.name = QString::fromLatin1(p.name);
        e.login = QString::fromLatin1(p.login);
        e.email = e.login + QStringLiteral("@demo.lieu.invalid");
        e.reportsTo = p.reportsTo ? QString::fromLatin1(p.reportsTo) : QString();
        e.hr = p.hr;
        e.dateOfJoining = today.addYears(-2);
        directory.add(system, e);
        Auth(db, clock).setInitialPassword(e.id, DemoPassword);
    }

    // Holidays: the Monday four weeks ago, and the year's end.
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    WorkCalendar calendar(db, past);
    calendar.addHoliday(system, thisMonday.addDays(-28), tr("Company day"));
    const QDate christmas(today.year(), 12, 25);
    if (calendar.isWorkingDay(christmas))
        calendar.addHoliday(system, christmas, tr("Christmas Day"));

    auto actorFor = [&](const char *login) { return directory.actorForLogin(QString::fromLatin1(login)); };
    const Actor sam = actorFor("sam"), priya = actorFor("priya");

    // Weekly timesheets: 28 weeks back for the history (so one lot has expired and one expires soon),
    // the most recent ones in every state.
    const QStringList team = {QStringLiteral("ella"), QStringLiteral("omar"), QStringLiteral("ines"),
                              QStringLiteral("tom"), QStringLiteral("lena")};
    const QList<int> weeksBack = {28, 26, 22, 12, 8, 5, 4, 3, 2, 1};
    quint32 seed = 7;
    for (int w : weeksBack) {
        const QDate monday = thisMonday.addDays(-7 * w);
        const QDate sunday = monday.addDays(6);
        for (int i = 0; i < team.size(); ++i) {
            const Actor me = directory.actorForLogin(team.at(i));
            const Actor boss = i < 3 ? sam : priya;
            QList<TimeLog> logs;
            for (int d = 0; d < 5; ++d) {
                const QDate day = monday.addDays(d);
                if (!calendar.isWorkingDay(day))
                    continue;
                seed = mix(seed + quint32(d * 31 + i * 7 + w));
                logs << TimeLog{0, day, 8 * 60, true, QString::fromLatin1(kActivities[0]), tr("Planned work"), {}};
                // 45 minutes to 3 hours of non-billable overtime a day; Ella always does at least 1:30.
                const int extra = i == 0 ? 90 + 45 * int(seed % 3) : 45 * (1 + int(seed % 4));
                logs << TimeLog{0, day, extra, false, QString::fromLatin1(kActivities[1 + seed % 4]),
                                tr("Out-of-hours work"), {}};
            }
            past.setToday(sunday.addDays(1));
            Timesheets sheets(db, past);
            const qint64 id = sheets.create(me, me.employee, monday, sunday, logs);
            if (w == 1 && i == 1)
                continue; // Omar's last week: still a Draft
            sheets.send(me, id);
            if (w == 1 && i != 4)
                continue; // last week: awaiting approval (Lena's was already reviewed)
            past.setToday(sunday.addDays(2));
            if (w == 1 && i == 4) {
                sheets.reject(boss, id, tr("Tuesday's release night was billed to the client: mark it billable"));
                continue;
            }
            sheets.approve(boss, id);
        }
    }

    // Leave: Ella took a day from her oldest lots before the first expired, and has a half day coming.
    past.setToday(thisMonday.addDays(-7 * 20));
    {
        Leaves leaves(db, past);
        const Actor ella = directory.actorForLogin(QStringLiteral("ella"));
        const QDate day = thisMonday.addDays(-7 * 20 + 2); // a Wednesday five months ago
        const qint64 id = leaves.apply(ella, ella.employee, day, day, {}, tr("Dentist"));
        leaves.approve(sam, id);
    }
    {
        past.setToday(today);
        Leaves leaves(db, past);
        const Actor ella = directory.actorForLogin(QStringLiteral("ella"));
        const QDate friday = thisMonday.addDays(11);
        leaves.apply(ella, ella.employee, friday, friday, friday, tr("School play in the afternoon"));
        const Actor tom = directory.actorForLogin(QStringLiteral("tom"));
        const QDate later = thisMonday.addDays(14);
        leaves.apply(tom, tom.employee, later, later, {}, tr("Long weekend"));
    }

    Jobs jobs(db, clock);
    const qint64 run = jobs.startRun(Jobs::Expiry, today, QStringLiteral("demo"));
    const ExpiryResult r = jobs.expire();
    jobs.finishRun(run, true, tr("%n lot(s) expired", nullptr, r.lots));
    tx.commit();
}

} // namespace lieu
