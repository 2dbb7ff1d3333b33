#include "Names.h"

#include "Error.h"

#include <QCoreApplication>

namespace lieu::Names {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Names)
};
} // namespace

QString prefix(DocKind kind)
{
    switch (kind) {
    case DocKind::Timesheet:
        return QStringLiteral("TS-");
    case DocKind::Allocation:
        return QStringLiteral("LAL-");
    case DocKind::Application:
        return QStringLiteral("LAP-");
    case DocKind::Email:
        return QStringLiteral("EQ-");
    }
    return {};
}

QString format(DocKind kind, qint64 id)
{
    return prefix(kind) + QStringLiteral("%1").arg(id, 5, 10, QLatin1Char('0'));
}

qint64 parse(DocKind kind, const QString &text, const QString &field)
{
    QString t = text.trimmed();
    const QString p = prefix(kind);
    if (t.startsWith(p, Qt::CaseInsensitive))
        t = t.mid(p.size());
    bool ok = false;
    const qint64 id = t.toLongLong(&ok);
    if (!ok || id <= 0 || t.size() > 18)
        throw Error::invalid(field, text,
                             Tr::tr("%1: \"%2\" is not a document name like %3").arg(field, Error::excerpt(text), format(kind, 1)));
    return id;
}

} // namespace lieu::Names
