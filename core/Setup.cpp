#include "Setup.h"

#include "Auth.h"
#include "Clock.h"
#include "Database.h"
#include "Demo.h"
#include "Error.h"
#include "Settings.h"

namespace lieu {

bool Setup::isEmpty(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt() == 0;
}

void Setup::createOrganisation(Database &db, const Clock &clock, const OrganisationSetup &setup)
{
    const Actor system = Actor::system();
    if (setup.hr.login.isEmpty())
        throw Error::invalid(QStringLiteral("user_id"), QString(), tr("user_id: the first HR user needs a login to sign in with"));
    Transaction tx(db);
    if (!isEmpty(db))
        throw Error::rule(tr("This database already has employees: the first-start set-up is only for an empty one"));
    Settings settings(db, clock);
    settings.ensureToilLeaveType();
    settings.set(system, QString::fromLatin1(Settings::OrganisationName), setup.organisation);
    settings.set(system, QString::fromLatin1(Settings::MinutesPerToilDay), QString::number(setup.minutesPerToilDay));
    LeaveTypeSettings type = settings.toilLeaveType();
    type.expiryDays = setup.expiryDays;
    settings.setToilLeaveType(system, type);
    Employee hr = setup.hr;
    hr.hr = true;
    hr.reportsTo.clear();
    if (!hr.dateOfJoining.isValid())
        hr.dateOfJoining = clock.today();
    Directory(db, clock).add(system, hr);
    Auth(db, clock).resetPassword(system, hr.id, setup.password);
    tx.commit();
}

bool Setup::isDemo(Database &db, const Clock &clock)
{
    const auto hr = Directory(db, clock).findByLogin(Demo::HrLogin);
    return hr && hr->hr && hr->email.endsWith(QLatin1String("@demo.lieu.invalid"));
}

} // namespace lieu
