#pragma once

#include "Pages.h"
#include "BalanceReports.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;

namespace lieu::ui {

class MessageBar;
class ReportLoader;
class Session;

// HR's balance charts: the balance per employee (bar), TOIL accrued, used and expired per month (stacked)
// and TOIL expiring in the next 90 days by week, for everyone or one supervisor's team. The figures come
// from core's BalanceReports, computed on a worker thread; the page shows "Loading…" meanwhile and stays usable.
class ChartsPage final : public QWidget
{
    Q_OBJECT

public:
    ChartsPage(Session &session, QWidget *parent = nullptr);

    static constexpr int MaxEmployees = 25; // bars in the balance chart

    QChart *balanceChart() const;
    QChart *monthChart() const;
    QChart *expiryChart() const;
    QComboBox *teamBox() const { return m_team; }
    bool isBusy() const;
    const ReportOverview &overview() const { return m_overview; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const ReportOverview &overview);
    void fillTeams(const QList<Team> &teams);
    void drawBalances();
    void drawMonths();
    void drawWeeks();
    void applyPalette(QChart *chart);

    Session &m_session;
    ReportLoader *m_loader = nullptr;
    ReportOverview m_overview;
    QComboBox *m_team = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_message = nullptr;
    QChartView *m_balanceView = nullptr;
    QChartView *m_monthView = nullptr;
    QChartView *m_expiryView = nullptr;
};

// The charts' entry for the main window (HR).
PageSpec chartsPageSpec();

} // namespace lieu::ui
