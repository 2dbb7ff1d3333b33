#include "Session.h"

namespace lieu::ui {

Session::Session(std::unique_ptr<Database> db, std::shared_ptr<Clock> clock, Actor actor, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(std::move(clock)), m_actor(std::move(actor))
{
}

Session::~Session() = default;

Roles Session::roles()
{
    return Directory(*m_db, *m_clock).roles(m_actor.employee);
}

void Session::notifyChanged()
{
    Q_EMIT dataChanged();
}

} // namespace lieu::ui
