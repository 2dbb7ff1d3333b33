#pragma once

#include "Directory.h"

#include <QCoreApplication>
#include <QString>

namespace lieu {

class Database;
class Clock;

// What the desktop app's first start asks for when the user sets up their own organisation.
struct OrganisationSetup
{
    QString organisation;
    int minutesPerToilDay = 480;
    int expiryDays = 180;
    Employee hr; // the first HR user; the HR flag is set whatever `hr.hr` says
    QString password;
};

// The first start of an empty database: either the demo (Demo::populate) or an organisation of one's own.
class Setup final
{
    Q_DECLARE_TR_FUNCTIONS(Setup)

public:
    // True while the database has no employee at all: the first start.
    static bool isEmpty(Database &db);
    // Names the organisation, sets the hours per TOIL day and the TOIL expiry, and adds the first HR user
    // with their password, all in one transaction as the local administrator. Refuses a database that
    // already has employees; bad input names its field and nothing is written.
    static void createOrganisation(Database &db, const Clock &clock, const OrganisationSetup &setup);
    // True when the database holds the demo organisation (its HR login with the demo's e-mail domain).
    static bool isDemo(Database &db, const Clock &clock);
};

} // namespace lieu
