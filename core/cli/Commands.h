#pragma once

#include "CliContext.h"

#include <QHash>

namespace lieu {

using Command = int (*)(CliContext &);

// Every top-level lieuctl command. Each returns an exit status; rules refuse by throwing lieu::Error.
int cmdInit(CliContext &c);
int cmdDemo(CliContext &c);
int cmdEmployee(CliContext &c);
int cmdHoliday(CliContext &c);
int cmdTimesheet(CliContext &c);
int cmdLeave(CliContext &c);
int cmdBalance(CliContext &c);
int cmdLedger(CliContext &c);
int cmdExpire(CliContext &c);
int cmdRemind(CliContext &c);
int cmdDoctor(CliContext &c);
int cmdWhoami(CliContext &c);
int cmdSettings(CliContext &c);
int cmdLeaveType(CliContext &c);
int cmdAudit(CliContext &c);
int cmdJobs(CliContext &c);
int cmdImport(CliContext &c); // core/import/ImportCommand.cpp
int cmdExport(CliContext &c); // core/export/ExportCommand.cpp
int cmdMigrate(CliContext &c);
int cmdBackup(CliContext &c);
int cmdRestore(CliContext &c);
int cmdMaintenance(CliContext &c);
int cmdGrants(CliContext &c);
int cmdGenerate(CliContext &c);
int cmdCheck(CliContext &c);
int cmdPassword(CliContext &c);

// name -> command
const QHash<QString, Command> &commandTable();
// Commands that live in libraries over lieucore (lieumail's outbox and mail) join the command line
// here, before CommandLine::run(); `usage` is their lines for --help.
void addCommand(const QString &name, Command command, const QString &usage);

} // namespace lieu
