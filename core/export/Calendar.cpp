#include "Calendar.h"

#include "Clock.h"
#include "Directory.h"
#include "Error.h"
#include "Leaves.h"
#include "Names.h"
#include "Units.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace lieu::reports {

namespace {

icaltimetype dateOf(QDate d)
{
    icaltimetype t = icaltime_null_date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

void addX(icalcomponent *c, const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

} // namespace

QString Calendar::uid(qint64 application)
{
    return Names::format(DocKind::Application, application) + u"@lieu"_s;
}

QByteArray Calendar::employee(const Actor &actor, const QString &employeeId)
{
    Directory dir(m_db, m_clock);
    dir.requireCanSee(actor, employeeId);
    const Employee e = dir.get(employeeId);
    return build(actor, {e.id}, tr("Time off in lieu: %1").arg(e.name));
}

QByteArray Calendar::team(const Actor &actor, const QString &supervisorId)
{
    Directory dir(m_db, m_clock);
    const Employee s = dir.get(supervisorId);
    const QStringList reports = dir.directReports(supervisorId);
    if (reports.isEmpty())
        throw Error::rule(tr("%1 (%2) has no direct reports: there is no team calendar").arg(s.id, s.name));
    return build(actor, reports, tr("Time off in lieu: team of %1").arg(s.name));
}

QByteArray Calendar::build(const Actor &actor, const QStringList &employees, const QString &title)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Lieu//Time Off in Lieu " LIEU_VERSION "//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    addX(cal.get(), "X-WR-CALNAME", title);

    const icaltimetype stamp = icaltime_from_timet_with_zone(m_clock.now().toSecsSinceEpoch(), 0,
                                                             icaltimezone_get_utc_timezone());
    Leaves leaves(m_db, m_clock);
    QList<LeaveApplication> all;
    for (const QString &id : employees) {
        Leaves::Filter f;
        f.employee = id;
        f.statuses = {Leaves::Approved, Leaves::Cancelled};
        f.limit = 100000;
        all += leaves.list(actor, f);
    }
    std::sort(all.begin(), all.end(), [](const LeaveApplication &a, const LeaveApplication &b) {
        return a.fromDate != b.fromDate ? a.fromDate < b.fromDate : a.id < b.id;
    });

    for (const LeaveApplication &la : std::as_const(all)) {
        const bool cancelled = la.status == Leaves::Cancelled;
        if (cancelled && la.approvedBy.isEmpty())
            continue; // never approved: never in anyone's calendar
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(uid(la.id).toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(dateOf(la.fromDate)));
        // DTEND of an all-day event is the day after the last one.
        icalcomponent_add_property(ev, icalproperty_new_dtend(dateOf(la.toDate.addDays(1))));
        QString summary = employees.size() > 1 ? tr("Time off in lieu: %1").arg(la.employeeName) : tr("Time off in lieu");
        QString description = tr("%1: %2 day(s) of TOIL, %3 to %4")
                                  .arg(la.name(), la.totalLeaveDays(), Units::isoDate(la.fromDate), Units::isoDate(la.toDate));
        if (la.halfDayDate.isValid()) {
            summary += la.fromDate == la.toDate ? tr(" (half day)") : tr(" (half day on %1)").arg(Units::isoDate(la.halfDayDate));
            description += u"\n"_s + tr("Half day: %1").arg(Units::isoDate(la.halfDayDate));
        }
        icalcomponent_add_property(ev, icalproperty_new_summary(summary.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_description(description.toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_categories("TOIL"));
        icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_property(ev, icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(ev, icalproperty_new_sequence(cancelled ? 1 : 0));
        if (la.halfDayDate.isValid())
            addX(ev, "X-LIEU-HALF-DAY", la.halfDayDate.toString(u"yyyyMMdd"_s));
        addX(ev, "X-LIEU-EMPLOYEE", la.employee);
        addX(ev, "X-MICROSOFT-CDO-BUSYSTATUS", cancelled ? u"FREE"_s : u"OOF"_s);
        icalcomponent_add_component(cal.get(), ev);
    }

    char *text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace lieu::reports
