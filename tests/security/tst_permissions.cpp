// Every action core offers, against every relation a user can have to the employee it concerns, allowed or
// refused exactly as the "Who does what" table and the visibility rule say (docs/security.md has the
// decisions the table leaves open).
#include "Audit.h"
#include "Auth.h"
#include "Directory.h"
#include "Error.h"
#include "Jobs.h"
#include "Leaves.h"
#include "Ledger.h"
#include "Permissions.h"
#include "Settings.h"
#include "TestDb.h"
#include "Timesheets.h"
#include "WorkCalendar.h"

#include <QtTest>

#include <functional>
#include <map>

using namespace lieu;
using lieu::test::TestDb;

namespace {

const QDate kToday(2026, 3, 16); // a Monday

enum Relation { Self, Supervisor, OtherSupervisor, Hr, HrSupervisor, HrOwn, Deactivated, System, RelationCount };
const char *const kRelationNames[] = {"self", "supervisor", "other-sup", "hr", "hr+sup", "hr-own", "deactivated", "system"};

// The documents one subject has, ready for each action.
struct Subject
{
    QString id;
    qint64 draft = 0;
    qint64 awaiting = 0;
    qint64 approved = 0; // Approved, its lot not drawn on
    qint64 leaveOpen = 0;
    qint64 leaveApproved = 0;
};

struct Context
{
    TestDb &t;
    Actor actor;
    Subject subject;
    QString exportPath;
};

using Action = std::function<void(Context &)>;

struct Row
{
    const char *name;
    Action action;
    QString expected; // one letter per relation: Y allowed, N refused
};

Employee person(const char *id, const char *login, const char *reportsTo, bool hr)
{
    Employee e;
    e.id = QString::fromLatin1(id);
    e.name = QStringLiteral("Person ") + e.id;
    e.login = QString::fromLatin1(login);
    e.email = e.login + QStringLiteral("@example.org");
    e.reportsTo = reportsTo ? QString::fromLatin1(reportsTo) : QString();
    e.hr = hr;
    return e;
}

TimeLog log(QDate d, qint64 minutes)
{
    return TestDb::log(d, minutes, false);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    // EMP-HR (hr) is HR with nobody above; EMP-HR2 (hr2) is HR and reports to EMP-HR; EMP-SUP (sup) supervises
    // EMP-A (a); EMP-OTHER (other) supervises EMP-C (c); EMP-D (d) reports to EMP-HR; EMP-X (x) was HR and is
    // deactivated. A, D and HR2 each have a Draft, an Awaiting, an Approved timesheet, an Open and an Approved
    // leave, and a funding lot those leaves draw on.
    static void buildCast(TestDb &t)
    {
        Directory dir(t.db(), t.clock());
        const Actor sys = Actor::system();
        dir.add(sys, person("EMP-HR", "hr", nullptr, true));
        dir.add(sys, person("EMP-HR2", "hr2", "EMP-HR", true));
        dir.add(sys, person("EMP-SUP", "sup", "EMP-HR", false));
        dir.add(sys, person("EMP-OTHER", "other", "EMP-HR", false));
        dir.add(sys, person("EMP-A", "a", "EMP-SUP", false));
        dir.add(sys, person("EMP-C", "c", "EMP-OTHER", false));
        dir.add(sys, person("EMP-D", "d", "EMP-HR", false));
        dir.add(sys, person("EMP-X", "x", "EMP-HR", true));
        WorkCalendar(t.db(), t.clock()).addHoliday(sys, QDate(2026, 4, 6), QStringLiteral("Easter Monday"));
    }

    static Subject buildSubject(TestDb &t, const QString &id)
    {
        Subject s;
        s.id = id;
        const QString login = Directory(t.db(), t.clock()).get(id).login;
        const Actor me = t.actor(login);
        const Actor boss = t.actor(Directory(t.db(), t.clock()).get(Directory(t.db(), t.clock()).get(id).reportsTo).login);
        t.accrue(id, QDate(2026, 2, 2), QDate(2026, 2, 8), 24 * 60); // funding lot, drawn first
        const qint64 lot = t.accrue(id, QDate(2026, 2, 9), QDate(2026, 2, 15), 8 * 60);
        Timesheets sheets(t.db(), t.clock());
        s.approved = Ledger(t.db(), t.clock()).lot(lot).sourceTimesheet;
        s.draft = sheets.create(me, id, QDate(2026, 3, 2), QDate(2026, 3, 8), {log(QDate(2026, 3, 3), 120)});
        s.awaiting = sheets.create(me, id, QDate(2026, 3, 9), QDate(2026, 3, 15), {log(QDate(2026, 3, 10), 180)});
        sheets.send(me, s.awaiting);
        Leaves leaves(t.db(), t.clock());
        s.leaveApproved = leaves.apply(me, id, QDate(2026, 3, 18), QDate(2026, 3, 18), {}, QStringLiteral("Dentist"));
        leaves.approve(boss, s.leaveApproved);
        s.leaveOpen = leaves.apply(me, id, QDate(2026, 3, 20), QDate(2026, 3, 20), {}, QStringLiteral("Move house"));
        return s;
    }

    static QList<Row> rows()
    {
        //                                                    self sup oth hr hr+sup hr-own deact system
        auto ts = [](Context &c) { return Timesheets(c.t.db(), c.t.clock()); };
        auto lv = [](Context &c) { return Leaves(c.t.db(), c.t.clock()); };
        auto dir = [](Context &c) { return Directory(c.t.db(), c.t.clock()); };
        return {
            {"timesheet create", [=](Context &c) { ts(c).create(c.actor, c.subject.id, QDate(2026, 1, 5), QDate(2026, 1, 11), {log(QDate(2026, 1, 6), 60)}); }, QStringLiteral("YNNYYYNY")},
            {"timesheet edit", [=](Context &c) { ts(c).setLogs(c.actor, c.subject.draft, {log(QDate(2026, 3, 3), 240)}); }, QStringLiteral("YNNNNYNN")},
            {"timesheet add logs", [=](Context &c) { ts(c).addLogs(c.actor, c.subject.draft, {log(QDate(2026, 3, 4), 60)}); }, QStringLiteral("YNNYYYNY")},
            {"timesheet send", [=](Context &c) { ts(c).send(c.actor, c.subject.draft); }, QStringLiteral("YNNNNYNN")},
            {"timesheet discard", [=](Context &c) { ts(c).cancel(c.actor, c.subject.draft); }, QStringLiteral("YNNNNYNN")},
            {"timesheet approve", [=](Context &c) { ts(c).approve(c.actor, c.subject.awaiting); }, QStringLiteral("NYNNYNNN")},
            {"timesheet reject", [=](Context &c) { ts(c).reject(c.actor, c.subject.awaiting, QStringLiteral("Wrong week")); }, QStringLiteral("NYNNYNNN")},
            {"timesheet cancel approved", [=](Context &c) { ts(c).cancel(c.actor, c.subject.approved); }, QStringLiteral("NYNYYNNN")},
            {"timesheet read", [=](Context &c) { ts(c).get(c.actor, c.subject.draft); }, QStringLiteral("YYNYYYNY")},
            {"timesheet list", [=](Context &c) { Timesheets::Filter f; f.employee = c.subject.id; ts(c).list(c.actor, f); }, QStringLiteral("YYNYYYNY")},
            {"leave apply", [=](Context &c) { lv(c).apply(c.actor, c.subject.id, QDate(2026, 3, 24), QDate(2026, 3, 24), {}, QStringLiteral("Rest")); }, QStringLiteral("YNNYYYNN")},
            {"leave approve", [=](Context &c) { lv(c).approve(c.actor, c.subject.leaveOpen); }, QStringLiteral("NYNNYNNN")},
            {"leave reject", [=](Context &c) { lv(c).reject(c.actor, c.subject.leaveOpen, QStringLiteral("Busy week")); }, QStringLiteral("NYNNYNNN")},
            {"leave cancel open", [=](Context &c) { lv(c).cancel(c.actor, c.subject.leaveOpen); }, QStringLiteral("YNNNNYNN")},
            {"leave cancel approved", [=](Context &c) { lv(c).cancel(c.actor, c.subject.leaveApproved); }, QStringLiteral("NYNYYNNN")},
            {"leave read", [=](Context &c) { lv(c).get(c.actor, c.subject.leaveOpen); }, QStringLiteral("YYNYYYNY")},
            {"leave list", [=](Context &c) { Leaves::Filter f; f.employee = c.subject.id; lv(c).list(c.actor, f); }, QStringLiteral("YYNYYYNY")},
            {"leave quote", [=](Context &c) { lv(c).quote(c.actor, c.subject.id, QDate(2026, 3, 25), QDate(2026, 3, 25), {}); }, QStringLiteral("YYNYYYNY")},
            {"balance read", [=](Context &c) { Ledger(c.t.db(), c.t.clock()).balance(c.actor, c.subject.id, kToday); }, QStringLiteral("YYNYYYNY")},
            {"ledger read", [=](Context &c) { Ledger(c.t.db(), c.t.clock()).entries(c.actor, c.subject.id); }, QStringLiteral("YYNYYYNY")},
            {"employee in list", [=](Context &c) {
                 for (const Employee &e : dir(c).list(c.actor))
                     if (e.id == c.subject.id)
                         return;
                 throw Error::permission(QStringLiteral("not in the list"));
             }, QStringLiteral("YYNYYYNY")},
            {"employee add", [=](Context &c) { dir(c).add(c.actor, person("EMP-NEW", "new", "EMP-SUP", false)); }, QStringLiteral("NNNYYYNY")},
            {"employee update", [=](Context &c) { Employee e = dir(c).get(c.subject.id); e.email = QStringLiteral("changed@example.org"); dir(c).update(c.actor, e); }, QStringLiteral("NNNYYYNY")},
            {"employee deactivate", [=](Context &c) { dir(c).setActive(c.actor, c.subject.id, false); }, QStringLiteral("NNNYYNNY")},
            {"holiday add", [=](Context &c) { WorkCalendar(c.t.db(), c.t.clock()).addHoliday(c.actor, QDate(2026, 4, 3), QStringLiteral("Good Friday")); }, QStringLiteral("NNNYYYNY")},
            {"holiday remove", [=](Context &c) { WorkCalendar(c.t.db(), c.t.clock()).removeHoliday(c.actor, QDate(2026, 4, 6)); }, QStringLiteral("NNNYYYNY")},
            {"settings change", [=](Context &c) { Settings(c.t.db(), c.t.clock()).set(c.actor, QString::fromLatin1(Settings::ReminderDays), QStringLiteral("14")); }, QStringLiteral("NNNYYYNY")},
            {"leave type change", [=](Context &c) { LeaveTypeSettings s; s.expiryDays = 90; Settings(c.t.db(), c.t.clock()).setToilLeaveType(c.actor, s); }, QStringLiteral("NNNYYYNY")},
            {"audit read", [=](Context &c) { Audit(c.t.db(), c.t.clock()).list(c.actor, {}); }, QStringLiteral("NNNYYYNY")},
            {"audit export", [=](Context &c) { Audit(c.t.db(), c.t.clock()).exportCsv(c.actor, {}, c.exportPath, true); }, QStringLiteral("NNNYYYNY")},
            {"password reset", [=](Context &c) { Auth(c.t.db(), c.t.clock()).resetPassword(c.actor, c.subject.id, QStringLiteral("a-new-secret")); }, QStringLiteral("NNNYYNNY")},
            {"run jobs", [=](Context &c) { Permissions(c.t.db(), c.t.clock()).runJobs(c.actor).require(); Jobs(c.t.db(), c.t.clock()).expire(); }, QStringLiteral("NNNYYYNY")},
        };
    }

private Q_SLOTS:
    void matrix()
    {
        TestDb t(kToday);
        buildCast(t);
        const Subject a = buildSubject(t, QStringLiteral("EMP-A"));
        const Subject d = buildSubject(t, QStringLiteral("EMP-D"));
        const Subject hr2 = buildSubject(t, QStringLiteral("EMP-HR2"));
        const Actor x = t.actor(QStringLiteral("x")); // signed in while still active
        Directory(t.db(), t.clock()).setActive(Actor::system(), QStringLiteral("EMP-X"), false);

        struct Column
        {
            Actor actor;
            Subject subject;
        };
        const Column columns[RelationCount] = {
            {t.actor(QStringLiteral("a")), a},      {t.actor(QStringLiteral("sup")), a}, {t.actor(QStringLiteral("other")), a},
            {t.actor(QStringLiteral("hr2")), a},    {t.actor(QStringLiteral("hr")), d},  {t.actor(QStringLiteral("hr2")), hr2},
            {x, a},                                  {Actor::system(), a},
        };
        QTemporaryDir dir;
        const QString exportPath = dir.filePath(QStringLiteral("audit.csv"));

        QStringList table, wrong;
        QString header = QStringLiteral("%1").arg(QString(), -26);
        for (const char *n : kRelationNames)
            header += QStringLiteral("%1").arg(QLatin1String(n), -12);
        table << header;
        int cells = 0;
        for (const Row &row : rows()) {
            QString line = QStringLiteral("%1").arg(QLatin1String(row.name), -26);
            QCOMPARE(row.expected.size(), qsizetype(RelationCount));
            for (int r = 0; r < RelationCount; ++r) {
                Context c{t, columns[r].actor, columns[r].subject, exportPath};
                const bool want = row.expected.at(r) == QLatin1Char('Y');
                bool got = true;
                QString why;
                const qint64 auditBefore = t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
                // Each cell runs in a transaction that is rolled back: every cell sees the same documents.
                t.db().begin();
                try {
                    row.action(c);
                } catch (const Error &e) {
                    got = false;
                    why = e.message();
                    if (e.kind() != Error::Kind::Permission)
                        why = QStringLiteral("[not a permission error] ") + why;
                }
                t.db().rollback();
                QCOMPARE(t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), auditBefore);
                ++cells;
                line += QStringLiteral("%1").arg(got ? QStringLiteral("allowed") : QStringLiteral("refused"), -12);
                if (got != want || (!got && why.startsWith(QLatin1Char('['))))
                    wrong << QStringLiteral("%1 / %2: expected %3, got %4 %5")
                                 .arg(QLatin1String(row.name), QLatin1String(kRelationNames[r]),
                                      want ? QStringLiteral("allowed") : QStringLiteral("refused"),
                                      got ? QStringLiteral("allowed") : QStringLiteral("refused"), why);
            }
            table << line;
        }
        qInfo().noquote() << QStringLiteral("\n") + table.join(QLatin1Char('\n'));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QCOMPARE(cells, 32 * RelationCount);
    }

    // Where the employee has no supervisor with a login, HR decides leave; timesheets say what is missing.
    void noSupervisorGoesToHr()
    {
        TestDb t(kToday);
        buildCast(t);
        Directory dir(t.db(), t.clock());
        dir.add(Actor::system(), person("EMP-LONE", "lone", nullptr, false));
        const Actor lone = t.actor(QStringLiteral("lone"));
        Timesheets sheets(t.db(), t.clock());
        const qint64 ts = sheets.create(lone, lone.employee, QDate(2026, 3, 9), QDate(2026, 3, 15), {log(QDate(2026, 3, 10), 60)});
        try {
            sheets.send(lone, ts);
            QFAIL("sent without a supervisor");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Rule);
            QVERIFY2(e.message().contains(QStringLiteral("has no supervisor")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("HR must assign one")));
        }
        // The lot for the leave comes from an HR-created, HR-imported history: give the lone employee a supervisor
        // for one approval, then take it away again.
        Employee e = dir.get(QStringLiteral("EMP-LONE"));
        e.reportsTo = QStringLiteral("EMP-SUP");
        dir.update(Actor::system(), e);
        t.accrue(QStringLiteral("EMP-LONE"), QDate(2026, 2, 2), QDate(2026, 2, 8), 480);
        e.reportsTo.clear();
        dir.update(Actor::system(), e);
        Leaves leaves(t.db(), t.clock());
        const qint64 la = leaves.apply(lone, lone.employee, QDate(2026, 3, 18), QDate(2026, 3, 18), {}, {});
        QVERIFY_THROWS_EXCEPTION(Error, leaves.approve(t.actor(QStringLiteral("sup")), la));
        try {
            leaves.approve(lone, la);
            QFAIL("approved own leave");
        } catch (const Error &err) {
            QVERIFY2(err.message().contains(QStringLiteral("their own leave")), qPrintable(err.message()));
        }
        leaves.approve(t.actor(QStringLiteral("hr2")), la);
        QCOMPARE(leaves.get(Actor::system(), la).status, Leaves::Approved);
        QCOMPARE(leaves.get(Actor::system(), la).approvedBy, QStringLiteral("EMP-HR2"));
    }

    // A session outlives changes to its user: core checks the user as the database holds them now.
    void staleActorsAreRefused()
    {
        TestDb t(kToday);
        buildCast(t);
        Directory dir(t.db(), t.clock());
        const Actor hr2 = t.actor(QStringLiteral("hr2"));
        Employee e = dir.get(QStringLiteral("EMP-HR2"));
        e.hr = false;
        dir.update(t.actor(QStringLiteral("hr")), e);
        try {
            Settings(t.db(), t.clock()).set(hr2, QString::fromLatin1(Settings::ReminderDays), QStringLiteral("7"));
            QFAIL("a demoted HR user changed a setting");
        } catch (const Error &err) {
            QCOMPARE(err.kind(), Error::Kind::Permission);
            QVERIFY2(err.message().contains(QStringLiteral("no longer has the HR role")), qPrintable(err.message()));
        }
        QCOMPARE(Settings(t.db(), t.clock()).value(QString::fromLatin1(Settings::ReminderDays)), QStringLiteral("30"));

        const Actor a = t.actor(QStringLiteral("a"));
        e = dir.get(QStringLiteral("EMP-A"));
        e.login = QStringLiteral("ann");
        dir.update(Actor::system(), e);
        QVERIFY_THROWS_EXCEPTION(Error, Timesheets(t.db(), t.clock()).create(a, a.employee, QDate(2026, 3, 9), QDate(2026, 3, 15), {}));
        QVERIFY_THROWS_EXCEPTION(Error, Directory(t.db(), t.clock()).actorForLogin(QStringLiteral("a")));
        const Actor ghost{QStringLiteral("EMP-GHOST"), QStringLiteral("ghost"), true};
        QVERIFY_THROWS_EXCEPTION(Error, Audit(t.db(), t.clock()).list(ghost, {}));
        // HR may not take away their own HR role or deactivate themselves; another HR user may.
        const Actor hr = t.actor(QStringLiteral("hr"));
        Employee self = dir.get(QStringLiteral("EMP-HR"));
        self.hr = false;
        QVERIFY_THROWS_EXCEPTION(Error, dir.update(hr, self));
        QVERIFY_THROWS_EXCEPTION(Error, dir.setActive(hr, QStringLiteral("EMP-HR"), false));
        QVERIFY(dir.get(QStringLiteral("EMP-HR")).hr);
        QVERIFY(dir.get(QStringLiteral("EMP-HR")).active);
    }

    // Lists show only what the actor may see: own, direct reports', everyone's for HR.
    void listsFollowVisibility()
    {
        TestDb t(kToday);
        buildCast(t);
        buildSubject(t, QStringLiteral("EMP-A"));
        buildSubject(t, QStringLiteral("EMP-D"));
        const Actor c = t.actor(QStringLiteral("c"));
        Timesheets(t.db(), t.clock()).create(c, c.employee, QDate(2026, 3, 9), QDate(2026, 3, 15), {log(QDate(2026, 3, 9), 60)});
        auto owners = [&](const QString &login) {
            QStringList ids;
            for (const Timesheet &ts : Timesheets(t.db(), t.clock()).list(t.actor(login), {}))
                if (!ids.contains(ts.employee))
                    ids << ts.employee;
            for (const LeaveApplication &la : Leaves(t.db(), t.clock()).list(t.actor(login), {}))
                if (!ids.contains(la.employee))
                    ids << la.employee;
            ids.sort();
            return ids;
        };
        QCOMPARE(owners(QStringLiteral("a")), QStringList{QStringLiteral("EMP-A")});
        QCOMPARE(owners(QStringLiteral("sup")), QStringList{QStringLiteral("EMP-A")});
        QCOMPARE(owners(QStringLiteral("other")), QStringList{QStringLiteral("EMP-C")});
        QCOMPARE(owners(QStringLiteral("c")), QStringList{QStringLiteral("EMP-C")});
        QCOMPARE(owners(QStringLiteral("hr2")), (QStringList{QStringLiteral("EMP-A"), QStringLiteral("EMP-C"), QStringLiteral("EMP-D")}));
        QCOMPARE(Timesheets(t.db(), t.clock()).awaitingApproval(t.actor(QStringLiteral("sup"))).size(), 1);
        QCOMPARE(Timesheets(t.db(), t.clock()).awaitingApproval(t.actor(QStringLiteral("other"))).size(), 0);
    }

    // A person who may not act learns nothing about the document's state from the refusal.
    void permissionBeforeState()
    {
        TestDb t(kToday);
        buildCast(t);
        const Subject a = buildSubject(t, QStringLiteral("EMP-A"));
        try {
            Timesheets(t.db(), t.clock()).approve(t.actor(QStringLiteral("other")), a.draft);
            QFAIL("approved");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
            QCOMPARE(e.message(), QStringLiteral("Only the immediate supervisor can approve this timesheet"));
        }
        try {
            Leaves(t.db(), t.clock()).cancel(t.actor(QStringLiteral("c")), a.leaveApproved);
            QFAIL("cancelled");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
            QCOMPARE(e.message(), QStringLiteral("c may not see the records of employee EMP-A"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
