#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace lieu {

// One time log as an accrual policy sees it.
struct AccrualLog
{
    QDate date;
    qint64 minutes = 0;
    bool billable = false;
    QString activity;
};

struct AccrualContext
{
    int minutesPerToilDay = 480;
    int contractedMinutesPerDay = 480;
    int weekendMultiplierPercent = 100; // applied to TOIL earned on weekends and holidays
    std::function<bool(QDate)> isNonWorkingDay;
};

struct AccrualResult
{
    qint64 toilMinutes = 0;
    QString details; // the seed's toil_calculation_details: which logs counted, how much, which rule
};

// How a timesheet's hours turn into TOIL. The seed rule is the default; an organisation may choose another.
class AccrualPolicy
{
public:
    virtual ~AccrualPolicy() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual AccrualResult compute(const QList<AccrualLog> &logs, const AccrualContext &ctx) const = 0;

    // "seed" or "contracted"; unknown ids fall back to the seed rule.
    static std::unique_ptr<AccrualPolicy> make(const QString &id);
};

// The seed rule: every non-billable hour is TOIL.
class SeedAccrualPolicy final : public AccrualPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SeedAccrualPolicy)
public:
    QString id() const override { return QStringLiteral("seed"); }
    QString title() const override;
    AccrualResult compute(const QList<AccrualLog> &logs, const AccrualContext &ctx) const override;
};

// Hours worked above the contracted hours of a working day are TOIL; on weekends and holidays every hour is.
class ContractedHoursPolicy final : public AccrualPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ContractedHoursPolicy)
public:
    QString id() const override { return QStringLiteral("contracted"); }
    QString title() const override;
    AccrualResult compute(const QList<AccrualLog> &logs, const AccrualContext &ctx) const override;
};

// minutes * percent / 100, rounded half up to the minute.
qint64 applyPercent(qint64 minutes, int percent);

} // namespace lieu
