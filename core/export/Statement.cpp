#include "Statement.h"

#include "Clock.h"
#include "Names.h"
#include "Settings.h"

using namespace Qt::StringLiterals;

namespace lieu::reports {

StatementData Statement::build(Database &db, const Clock &clock, const Actor &actor, const QString &employeeId, QDate on)
{
    Directory dir(db, clock);
    dir.requireCanSee(actor, employeeId);
    Settings settings(db, clock);
    StatementData s;
    s.organisation = settings.value(QString::fromLatin1(Settings::OrganisationName));
    s.employee = dir.get(employeeId);
    if (!s.employee.reportsTo.isEmpty())
        if (const auto sup = dir.find(s.employee.reportsTo))
            s.supervisor = sup->name;
    s.on = on;
    s.generatedAt = clock.now();
    s.minutesPerDay = settings.minutesPerToilDay();
    s.expiringDays = settings.intValue(QString::fromLatin1(Settings::ExpiringSoonDays));
    Ledger ledger(db, clock);
    s.balance = ledger.balance(employeeId, on, s.expiringDays);
    s.lots = s.balance.lots;
    for (const Lot &l : std::as_const(s.lots)) {
        s.lotSources << (l.sourceTimesheet ? Names::format(DocKind::Timesheet, l.sourceTimesheet) : QString());
        s.accruedTotal += l.allocated;
        s.usedTotal += l.used;
        s.expiredTotal += l.expired;
    }
    Leaves::Filter f;
    f.employee = employeeId;
    f.statuses = {Leaves::Open, Leaves::Approved};
    f.limit = 1000;
    s.leaves = Leaves(db, clock).list(actor, f);
    return s;
}

QString Statement::lotState(const Lot &lot, QDate on)
{
    if (lot.fromDate > on)
        return tr("Not yet valid");
    if (lot.remaining <= 0)
        return lot.expired > 0 ? tr("Expired") : tr("Used");
    if (lot.toDate < on)
        return tr("Expired");
    return tr("Valid");
}

} // namespace lieu::reports
