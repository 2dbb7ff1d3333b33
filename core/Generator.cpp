#include "Generator.h"

#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "GeneratorSinks.h"
#include "Jobs.h"
#include "Names.h"
#include "Settings.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace lieu {

namespace {

using gen::ExpiryPlan;
using gen::LeavePlan;
using gen::LotPlan;
using gen::SheetPlan;

// SplitMix64's finaliser: every draw is a pure function of the seed and where it is used (which person,
// which week, what for), so one person's history does not depend on anybody else's.
quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

enum Stream : quint64 { TreeStream = 1, PersonStream, WeekStream, LeaveStream, DecisionStream };

class Rng
{
public:
    Rng(quint64 seed, Stream stream, quint64 a, quint64 b = 0)
        : m_state(mix64(seed ^ mix64(quint64(stream) ^ mix64(a ^ mix64(b)))))
    {
    }
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }

private:
    quint64 m_state;
};

constexpr std::array kFirstNames = {"Ada",   "Ben",  "Chloe", "Dev",   "Elif",  "Farah", "Gus",   "Hana",  "Ivan",
                                    "Jade",  "Kofi", "Lena",  "Marta", "Nils",  "Omar",  "Priya", "Quinn", "Rosa",
                                    "Sami",  "Tara", "Umar",  "Vera",  "Wen",   "Ximena", "Yusuf", "Zoe"};
constexpr std::array kLastNames = {"Adams", "Brown",  "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Horvat",
                                   "Ito",   "Jensen", "Kaur",  "Lopez",  "Meyer", "Novak",   "Okafor", "Perez",
                                   "Rossi", "Silva",  "Tanaka", "Usman", "Varga", "Walsh",   "Yilmaz", "Zhang"};
constexpr std::array kBillable = {"Client delivery", "Project work", "Consulting"};
constexpr std::array kNonBillable = {"Support rota", "Release night", "Incident review", "Internal training", "Recruiting"};
constexpr std::array kReasons = {"Family day", "Moving house", "Long weekend", "Appointment", "School holiday"};

struct Person
{
    Employee e;
    Actor actor;
    int boss = -1;
    QList<int> lots;   // indexes into Simulation::m_lots, in creation order (= to_date, id order)
    int firstLive = 0; // lots before this one can no longer pay for any leave the simulation asks for
    QHash<QDate, int> booked;  // half-day units held by Open and Approved applications, per calendar day
    QHash<QDate, int> onLeave; // half-day units of Approved leave, per calendar day
};

struct LotState
{
    qint64 id = 0;
    int person = 0;
    QDate from;
    QDate to;
    qint64 allocated = 0;
    qint64 used = 0;     // drawn by approved leave
    qint64 reserved = 0; // held by Open applications
    bool expired = false;
};

struct OpenLeave
{
    int person = 0;
    LeavePlan plan;
};

class Simulation
{
    Q_DECLARE_TR_FUNCTIONS(Generator)

public:
    Simulation(Database &db, const Clock &clock, const GeneratorOptions &o, gen::Sink &sink)
        : m_db(db), m_clock(clock), m_o(o), m_sink(sink)
    {
    }
    GeneratorReport run(const std::function<void(int, int)> &progress);

private:
    void readSettings();
    void buildPeople(const QDateTime &at);
    void buildHolidays(const QDateTime &at, int fromYear, int toYear);
    bool isWorkingDay(QDate d) const { return !m_weekend.contains(d.dayOfWeek()) && !m_holidays.contains(d); }
    void createSheets(int week, QDate monday, const QDateTime &at);
    void approveSheets(const QDateTime &at);
    void applyLeave(int week, QDate today, const QDateTime &at);
    void decideLeave(int week, const QDateTime &at);
    void expire(const QDateTime &at);
    DrawPlan plan(const Person &p, const QList<DayNeed> &days, const LeavePlan *exclude) const;
    void book(Person &p, const LeavePlan &l, int sign, bool approved);
    LotState &lot(qint64 id) { return m_lots[int(id - m_firstLot)]; }
    qint64 maxId(const char *table) { return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table))).toLongLong(); }

    Database &m_db;
    const Clock &m_clock;
    const GeneratorOptions &m_o;
    gen::Sink &m_sink;

    int m_perDay = 480;
    int m_expiryDays = 180;
    QSet<int> m_weekend;
    std::unique_ptr<AccrualPolicy> m_policy;
    AccrualContext m_ctx;

    QList<Person> m_people;
    QSet<QDate> m_holidays;
    QList<LotState> m_lots;
    int m_nextExpiry = 0;
    QList<std::pair<int, SheetPlan>> m_pendingSheets; // sent (person, sheet), waiting for tomorrow's approval
    QList<QList<OpenLeave>> m_openByWeek; // applications by the week they were made in
    qint64 m_sheetId = 0, m_lotId = 0, m_applicationId = 0;
    qint64 m_firstLot = 1; // lot ids are consecutive from here
    int m_largestTeam = 0;
};

void Simulation::readSettings()
{
    Settings settings(m_db, m_clock);
    settings.ensureToilLeaveType();
    if (settings.intValue(QString::fromLatin1(Settings::ToilCapMinutes)) != 0)
        throw Error::rule(tr("generate writes what an uncapped organisation accrues: set toil_cap_minutes to 0 first"));
    m_perDay = settings.minutesPerToilDay();
    m_expiryDays = settings.toilLeaveType().expiryDays;
    const QList<int> weekend = settings.weekendDays();
    m_weekend = QSet<int>(weekend.begin(), weekend.end());
    m_policy = AccrualPolicy::make(settings.value(QString::fromLatin1(Settings::AccrualPolicy)));
    m_ctx.minutesPerToilDay = m_perDay;
    m_ctx.weekendMultiplierPercent = settings.intValue(QString::fromLatin1(Settings::WeekendMultiplierPercent));
    m_ctx.isNonWorkingDay = [this](QDate d) { return !isWorkingDay(d); };
}

void Simulation::buildPeople(const QDateTime &at)
{
    const int n = m_o.employees;
    const int width = qMax(5, int(QString::number(n).size()));
    m_people.resize(n);
    // Breadth first: each supervisor in turn takes the next 8 to 50 people; the first one below the top
    // takes exactly 50, so every organisation big enough has a team of 50 to review.
    int next = 1;
    for (int s = 0; s < n && next < n; ++s) {
        Rng rng(m_o.seed, TreeStream, quint64(s));
        const int size = qMin(n - next, s == 1 ? 50 : 8 + rng.below(43));
        for (int i = 0; i < size; ++i)
            m_people[next++].boss = s;
        m_largestTeam = qMax(m_largestTeam, size);
    }
    for (int i = 0; i < n; ++i) {
        Rng rng(m_o.seed, PersonStream, quint64(i));
        Person &p = m_people[i];
        Employee &e = p.e;
        const QString number = QStringLiteral("%1").arg(i + 1, width, 10, QLatin1Char('0'));
        e.id = QStringLiteral("EMP-") + number;
        e.login = QStringLiteral("emp") + number;
        e.email = e.login + QStringLiteral("@example.org");
        e.name = QString::fromLatin1(kFirstNames[size_t(rng.below(int(kFirstNames.size())))]) + QLatin1Char(' ') +
                 QString::fromLatin1(kLastNames[size_t(rng.below(int(kLastNames.size())))]);
        e.reportsTo = p.boss >= 0 ? m_people[p.boss].e.id : QString();
        e.hr = i == 0 || i % 100 == 1;
        e.dateOfJoining = at.date().addDays(-30 - rng.below(2000));
        e.language = QStringLiteral("en");
        p.actor = Actor{e.id, e.login, e.hr};
        m_sink.addEmployee(at, e);
    }
}

void Simulation::buildHolidays(const QDateTime &at, int fromYear, int toYear)
{
    QList<std::pair<QDate, QString>> days;
    auto lastMonday = [](int year, int month) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        return d.addDays(-(d.dayOfWeek() - 1));
    };
    for (int y = fromYear; y <= toYear; ++y) {
        const std::pair<QDate, QString> fixed[] = {
            {QDate(y, 1, 1), tr("New Year's Day")},         {lastMonday(y, 5), tr("Spring bank holiday")},
            {lastMonday(y, 8), tr("Summer bank holiday")}, {QDate(y, 12, 25), tr("Christmas Day")},
            {QDate(y, 12, 26), tr("Boxing Day")}};
        for (auto [day, name] : fixed) {
            while (!isWorkingDay(day)) // a holiday on a weekend moves to the next working day
                day = day.addDays(1);
            m_holidays.insert(day);
            days << std::pair{day, name};
        }
    }
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[day, name] : std::as_const(days))
        m_sink.addHoliday(at, day, name);
}

void Simulation::createSheets(int week, QDate monday, const QDateTime &at)
{
    for (int i = 1; i < m_people.size(); ++i) {
        Person &p = m_people[i];
        Rng rng(m_o.seed, WeekStream, quint64(i), quint64(week));
        SheetPlan s;
        s.employee = p.e.id;
        s.start = monday;
        s.end = monday.addDays(6);
        for (int d = 0; d < 7; ++d) {
            const QDate day = monday.addDays(d);
            const int away = p.onLeave.value(day); // half-day units on approved leave
            if (isWorkingDay(day) && away < 2) {
                s.logs << TimeLog{0, day, away ? 240 : 480, true, QString::fromLatin1(kBillable[size_t(rng.below(3))]),
                                  tr("Planned work"), {}};
                if (rng.percent(40))
                    s.logs << TimeLog{0, day, 15 * (2 + rng.below(11)), false,
                                      QString::fromLatin1(kNonBillable[size_t(rng.below(int(kNonBillable.size())))]),
                                      tr("Out-of-hours work"), {}};
            } else if (d == 5 && rng.percent(5)) {
                s.logs << TimeLog{0, day, 120 + 30 * rng.below(5), false, QString::fromLatin1(kNonBillable[1]),
                                  tr("Weekend release"), {}};
            }
        }
        if (s.logs.isEmpty())
            continue; // a week of leave and holidays: nothing to send
        s.id = ++m_sheetId;
        QList<AccrualLog> accrual;
        for (const TimeLog &l : std::as_const(s.logs)) {
            s.totalMinutes += l.minutes;
            accrual << AccrualLog{l.date, l.minutes, l.billable, l.activity};
        }
        AccrualContext ctx = m_ctx;
        ctx.contractedMinutesPerDay = p.e.contractedMinutesPerDay;
        s.accrual = m_policy->compute(accrual, ctx);
        m_sink.createAndSend(at, p.actor, s);
        m_pendingSheets << std::pair{i, s};
    }
}

void Simulation::approveSheets(const QDateTime &at)
{
    for (const auto &[i, s] : std::as_const(m_pendingSheets)) {
        Person &p = m_people[i];
        LotPlan lot;
        if (s.accrual.toilMinutes > 0) {
            lot.id = ++m_lotId;
            lot.from = s.end.addDays(1);
            lot.to = lot.from.addDays(m_expiryDays - 1);
            lot.minutes = s.accrual.toilMinutes;
            p.lots << int(m_lots.size());
            m_lots << LotState{lot.id, i, lot.from, lot.to, lot.minutes, 0, 0, false};
        }
        m_sink.approveSheet(at, m_people[p.boss].actor, s, lot);
    }
    m_pendingSheets.clear();
}

DrawPlan Simulation::plan(const Person &p, const QList<DayNeed> &days, const LeavePlan *exclude) const
{
    // What Ledger::plan decides, on the simulation's own figures: each day from the valid lot that expires
    // first, a lot giving what it has less what other Open applications hold.
    DrawPlan out;
    for (const DayNeed &d : days)
        out.needed += d.minutes;
    const QDate first = days.first().date, last = days.last().date;
    struct Candidate
    {
        const LotState *lot;
        qint64 free;
    };
    QList<Candidate> lots;
    for (int k = p.firstLive; k < p.lots.size(); ++k) {
        const LotState &l = m_lots[p.lots[k]];
        if (l.to < first)
            continue;
        if (l.from > last)
            break;
        qint64 held = l.reserved;
        if (exclude)
            for (const Draw &d : exclude->draws)
                if (d.allocation == l.id)
                    held -= d.minutes;
        Q_ASSERT(!l.expired);
        lots << Candidate{&l, l.allocated - l.used - held};
    }
    QHash<qint64, int> index;
    for (const DayNeed &day : days) {
        qint64 need = day.minutes;
        for (Candidate &c : lots) {
            if (need == 0)
                break;
            if (c.free <= 0 || c.lot->from > day.date || c.lot->to < day.date)
                continue;
            const qint64 take = qMin(need, c.free);
            c.free -= take;
            need -= take;
            out.covered += take;
            const auto it = index.constFind(c.lot->id);
            if (it == index.constEnd()) {
                index.insert(c.lot->id, int(out.draws.size()));
                out.draws << Draw{c.lot->id, take, day.date, c.lot->to, false};
            } else {
                out.draws[*it].minutes += take;
            }
        }
    }
    return out;
}

void Simulation::book(Person &p, const LeavePlan &l, int sign, bool approved)
{
    for (QDate d = l.from; d <= l.to; d = d.addDays(1)) {
        const int units = sign * (d == l.halfDay ? 1 : 2);
        p.booked[d] += units;
        if (approved)
            p.onLeave[d] += units;
    }
}

void Simulation::applyLeave(int week, QDate today, const QDateTime &at)
{
    QList<OpenLeave> made;
    for (int i = 1; i < m_people.size(); ++i) {
        Person &p = m_people[i];
        while (p.firstLive < p.lots.size() && m_lots[p.lots[p.firstLive]].to < today)
            ++p.firstLive;
        Rng rng(m_o.seed, LeaveStream, quint64(i), quint64(week));
        if (!rng.percent(12))
            continue;
        LeavePlan l;
        l.employee = p.e.id;
        l.from = today.addDays(14 + rng.below(10));
        const int kind = rng.below(10);
        l.to = kind < 8 ? l.from : l.from.addDays(kind - 7);
        if (kind < 2)
            l.halfDay = l.from;
        l.reason = QString::fromLatin1(kReasons[size_t(rng.below(int(kReasons.size())))]);
        if (l.halfDay.isValid() && !isWorkingDay(l.halfDay))
            continue;
        QList<DayNeed> days;
        for (QDate d = l.from; d <= l.to; d = d.addDays(1)) {
            if (!isWorkingDay(d))
                continue;
            const bool half = d == l.halfDay;
            days << DayNeed{d, half ? (m_perDay + 1) / 2 : m_perDay};
            l.halfDays += half ? 1 : 2;
            l.minutes += days.last().minutes;
        }
        if (days.isEmpty())
            continue;
        bool overlaps = false;
        for (QDate d = l.from; d <= l.to && !overlaps; d = d.addDays(1))
            overlaps = p.booked.value(d) + (d == l.halfDay ? 1 : 2) > 2;
        if (overlaps)
            continue;
        const DrawPlan dp = plan(p, days, nullptr);
        if (dp.shortfall() > 0)
            continue; // the dialog says how short it is, and nobody applies
        l.id = ++m_applicationId;
        l.draws = dp.draws;
        for (const Draw &d : std::as_const(l.draws))
            lot(d.allocation).reserved += d.minutes;
        book(p, l, +1, false);
        m_sink.applyLeave(at, p.actor, l);
        made << OpenLeave{i, l};
    }
    m_openByWeek << made;
}

void Simulation::decideLeave(int week, const QDateTime &at)
{
    if (week < 0 || week >= m_openByWeek.size())
        return;
    const QList<OpenLeave> open = std::exchange(m_openByWeek[week], {});
    for (const OpenLeave &o : open) {
        Person &p = m_people[o.person];
        const Actor &boss = m_people[p.boss].actor;
        for (const Draw &d : o.plan.draws)
            lot(d.allocation).reserved -= d.minutes;
        Rng rng(m_o.seed, DecisionStream, quint64(o.plan.id));
        QList<DayNeed> days;
        for (QDate d = o.plan.from; d <= o.plan.to; d = d.addDays(1))
            if (isWorkingDay(d))
                days << DayNeed{d, d == o.plan.halfDay ? (m_perDay + 1) / 2 : m_perDay};
        // Own reservations are already released above, so nothing to exclude.
        const DrawPlan dp = plan(p, days, nullptr);
        QString reason;
        if (rng.percent(4))
            reason = tr("The team is short of cover on those days");
        else if (dp.shortfall() > 0)
            reason = tr("Not enough TOIL on those days any more");
        if (!reason.isEmpty()) {
            book(p, o.plan, -1, false);
            m_sink.rejectLeave(at, boss, o.plan, reason);
            continue;
        }
        LeavePlan after = o.plan;
        after.draws = dp.draws;
        for (const Draw &d : std::as_const(after.draws))
            lot(d.allocation).used += d.minutes;
        for (QDate d = after.from; d <= after.to; d = d.addDays(1))
            p.onLeave[d] += d == after.halfDay ? 1 : 2;
        m_sink.approveLeave(at, boss, o.plan, after);
    }
}

void Simulation::expire(const QDateTime &at)
{
    const QDate today = at.date();
    QList<ExpiryPlan> due;
    while (m_nextExpiry < m_lots.size() && m_lots[m_nextExpiry].to < today) {
        LotState &l = m_lots[m_nextExpiry++];
        Q_ASSERT(l.reserved == 0);
        due << ExpiryPlan{l.id, m_people[l.person].e.id, l.to, l.allocated - l.used};
        l.expired = true;
    }
    m_sink.expire(at, due, tr("%n lot(s) expired", nullptr, int(due.size())));
}

GeneratorReport Simulation::run(const std::function<void(int, int)> &progress)
{
    readSettings();
    m_sheetId = maxId("timesheet");
    m_lotId = maxId("leave_allocation");
    m_firstLot = m_lotId + 1;
    m_applicationId = maxId("leave_application");
    const QDate today = m_clock.today();
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek());
    const QDate firstMonday = lastMonday.addDays(-7 * m_o.weeks);
    auto moment = [](QDate d, int hour) { return QDateTime(d, QTime(hour, 0), Qt::UTC); };

    m_sink.begin();
    const QDateTime setup = moment(firstMonday.addDays(-1), 8);
    buildPeople(setup);
    buildHolidays(setup, firstMonday.year(), today.year() + 1);
    m_sink.commit();

    for (int week = 0; week < m_o.weeks; ++week) {
        const QDate monday = firstMonday.addDays(7 * week);
        const QDate next = monday.addDays(7);
        const bool last = week == m_o.weeks - 1;
        m_sink.begin();
        expire(moment(next, 2));
        createSheets(week, monday, moment(next, 9));
        applyLeave(week, next, moment(next, 11));
        if (!last) { // the last week's timesheets wait for review, its leave for a decision
            approveSheets(moment(next.addDays(1), 10));
            decideLeave(week - 1, moment(next.addDays(1), 11));
        }
        m_sink.commit();
        if (progress)
            progress(week + 1, m_o.weeks);
    }
    if (today > lastMonday) {
        m_sink.begin();
        expire(moment(today, 2));
        m_sink.commit();
    }

    GeneratorReport r;
    auto count = [this](const QString &sql) { return m_db.scalar(sql).toLongLong(); };
    r.employees = int(m_people.size());
    r.hr = int(std::count_if(m_people.cbegin(), m_people.cend(), [](const Person &p) { return p.e.hr; }));
    QSet<int> bosses;
    for (const Person &p : std::as_const(m_people))
        if (p.boss >= 0)
            bosses.insert(p.boss);
    r.supervisors = int(bosses.size());
    r.largestTeam = m_largestTeam;
    r.holidays = int(m_holidays.size());
    r.firstDay = firstMonday;
    r.lastDay = today;
    r.timesheets = count(QStringLiteral("SELECT count(*) FROM timesheet"));
    r.timeLogs = count(QStringLiteral("SELECT count(*) FROM time_log"));
    r.lots = count(QStringLiteral("SELECT count(*) FROM leave_allocation"));
    r.expiredLots = count(QStringLiteral("SELECT count(*) FROM leave_allocation WHERE is_expired = 1"));
    r.ledgerEntries = count(QStringLiteral("SELECT count(*) FROM leave_ledger_entry"));
    r.applications = count(QStringLiteral("SELECT count(*) FROM leave_application"));
    r.openApplications = count(QStringLiteral("SELECT count(*) FROM leave_application WHERE status = 'Open'"));
    r.auditEntries = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    return r;
}

} // namespace

GeneratorReport Generator::run(Database &db, const Clock &clock, const GeneratorOptions &options,
                               const std::function<void(int, int)> &progress)
{
    if (options.employees < 2 || options.employees > MaxEmployees)
        throw Error::invalid(QStringLiteral("employees"), QString::number(options.employees),
                             tr("employees: %1 is not from 2 to %2").arg(options.employees).arg(MaxEmployees));
    if (options.weeks < 2 || options.weeks > MaxWeeks)
        throw Error::invalid(QStringLiteral("weeks"), QString::number(options.weeks),
                             tr("weeks: %1 is not from 2 to %2").arg(options.weeks).arg(MaxWeeks));
    if (db.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt() > 0)
        throw Error::rule(tr("generate needs a database without employees; this one already has some"));
    if (db.scalar(QStringLiteral("SELECT count(*) FROM timesheet")).toInt() > 0)
        throw Error::rule(tr("generate needs a database without timesheets; this one already has some"));
    std::unique_ptr<gen::Sink> sink =
        options.mode == GeneratorOptions::Mode::Bulk ? gen::makeBulkSink(db) : gen::makeServiceSink(db);
    Simulation sim(db, clock, options, *sink);
    return sim.run(progress);
}

} // namespace lieu
