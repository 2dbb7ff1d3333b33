#pragma once

#include "Doctor.h"

#include <QCoreApplication>
#include <QList>

namespace lieu {

class Database;

struct IntegrityReport
{
    QList<Check> checks;
    bool damaged = false; // the store itself failed its own check (corruption): restore from a backup
    bool ok() const { return !damaged && !Doctor::anyFailed(checks); }
};

// The invariants a Lieu database must hold whatever happened to the program that wrote it (a crash, a
// kill, a power cut): the ledger of every lot adds up, every approval has its lot and every lot its
// approval, reservations and draws match, the store is intact. `lieuctl check` runs them; they only read,
// inside one read transaction, so they see one consistent moment.
class Integrity final
{
    Q_DECLARE_TR_FUNCTIONS(Integrity)

public:
    explicit Integrity(Database &db) : m_db(db) {}
    IntegrityReport run();

private:
    Check store(bool &damaged);
    Check foreignKeys();
    Check appendOnly();
    Check lotLedgers();
    Check lotsAndTimesheets();
    Check timesheetTotals();
    Check applicationDraws();

    Database &m_db;
};

} // namespace lieu
