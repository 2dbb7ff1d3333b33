#pragma once

#include <QString>

namespace lieu {

// Who is acting. The system actor is the local administrator of the command line and the background
// duties; every person-action (send, approve, reject, apply) needs a signed-in employee.
struct Actor
{
    QString employee; // employee id; empty for the system
    QString login;
    bool hr = false;

    bool isSystem() const { return employee.isEmpty(); }
    QString name() const { return isSystem() ? QStringLiteral("system") : login; }
    static Actor system() { return {}; }
};

} // namespace lieu
