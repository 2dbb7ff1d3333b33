#include "Inbox.h"

#include "Database.h"
#include "Error.h"
#include "Names.h"
#include "Permissions.h"
#include "Timesheets.h"

namespace lieu {

InboxCount Inbox::count(const Actor &actor)
{
    InboxCount c;
    if (actor.isSystem() || !Permissions(m_db, m_clock).current(actor))
        return c; // the system approves nothing, nor does a session that is no longer valid
    // The same conditions as Timesheets::list(directReportsOf) and Leaves::list(awaitingActor).
    c.timesheets = m_db.scalar(QStringLiteral("SELECT count(*) FROM timesheet t JOIN employee e ON e.id = t.employee "
                                              "WHERE e.reports_to = ? AND t.status = 'Awaiting Approval'"),
                               {actor.employee})
                       .toInt();
    QString leaves = QStringLiteral("SELECT count(*) FROM leave_application la JOIN employee e ON e.id = la.employee "
                                    "WHERE la.status = 'Open' AND la.employee <> ? AND (e.reports_to = ?");
    if (actor.hr)
        leaves += QStringLiteral(" OR NOT EXISTS (SELECT 1 FROM employee s WHERE s.id = e.reports_to AND s.active = 1 "
                                 "AND s.user_id IS NOT NULL)");
    leaves += QLatin1Char(')');
    c.leaves = m_db.scalar(leaves, {actor.employee, actor.employee}).toInt();
    return c;
}

QList<BatchOutcome> Inbox::approveTimesheets(const Actor &actor, const QList<qint64> &ids)
{
    QList<BatchOutcome> out;
    out.reserve(ids.size());
    Timesheets sheets(m_db, m_clock);
    for (const qint64 id : ids) {
        BatchOutcome o;
        o.id = id;
        o.name = Names::format(DocKind::Timesheet, id);
        try {
            sheets.approve(actor, id);
            o.ok = true;
        } catch (const Error &e) {
            o.message = e.message();
        }
        out << o;
    }
    return out;
}

QString Inbox::summary(const QList<BatchOutcome> &outcomes)
{
    int ok = 0;
    for (const BatchOutcome &o : outcomes)
        ok += o.ok ? 1 : 0;
    const int refused = int(outcomes.size()) - ok;
    if (refused == 0)
        return tr("%n approved", nullptr, ok);
    return tr("%n approved", nullptr, ok) + QStringLiteral(", ") + tr("%n refused", nullptr, refused);
}

} // namespace lieu
