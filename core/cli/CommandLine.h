#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lieu {

// lieuctl: every action of Lieu from a shell, for cron, scripts, tests and administrators.
// Exit status: 0 success, 1 a rule refused the action, 2 usage error, 3 database error.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum Exit { Ok = 0, Refused = 1, Usage = 2, DatabaseFailure = 3 };
    // `args` excludes the program name. Environment defaults: LIEU_DB, LIEU_USER, LIEU_TODAY.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace lieu
