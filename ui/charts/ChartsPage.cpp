#include "ChartsPage.h"

#include "Display.h"
#include "MessageBar.h"
#include "ReportLoader.h"
#include "Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace lieu::ui {

namespace {
QChartView *chartView(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessible);
    view->setFocusPolicy(Qt::StrongFocus); // reachable by Tab; the description carries the figures
    view->setMinimumSize(320, 240);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *hoursAxis(double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setRange(low, high > low ? high : low + 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(ChartsPage::tr("hours"));
    return axis;
}
} // namespace

ChartsPage::ChartsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("chartsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("Everyone"), QString());
    teamLabel->setBuddy(m_team);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    top->addWidget(teamLabel);
    top->addWidget(m_team);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    auto *grid = new QGridLayout;
    m_balanceView = chartView(QStringLiteral("balanceChart"), tr("TOIL balance per employee"), this);
    m_monthView = chartView(QStringLiteral("monthChart"), tr("TOIL accrued, used and expired per month"), this);
    m_expiryView = chartView(QStringLiteral("expiryChart"), tr("TOIL expiring in the next 90 days, by week"), this);
    grid->addWidget(m_balanceView, 0, 0, 2, 1);
    grid->addWidget(m_monthView, 0, 1);
    grid->addWidget(m_expiryView, 1, 1);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 7);
    layout->addLayout(grid, 1);

    m_loader = new ReportLoader(this);
    connect(m_loader, &ReportLoader::loaded, this, &ChartsPage::present);
    connect(m_loader, &ReportLoader::failed, this, [this](const QString &message) {
        setProperty("lieuBusy", false);
        m_status->setText(tr("Could not read the figures."));
        m_message->showMessage(MessageBar::Kind::Error, message);
        m_refresh->setEnabled(true);
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &ChartsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ChartsPage::reload);
    connect(&m_session, &Session::dataChanged, this, &ChartsPage::reload);
    for (QChartView *v : {m_balanceView, m_monthView, m_expiryView})
        applyPalette(v->chart());
    reload();
}

QChart *ChartsPage::balanceChart() const
{
    return m_balanceView->chart();
}

QChart *ChartsPage::monthChart() const
{
    return m_monthView->chart();
}

QChart *ChartsPage::expiryChart() const
{
    return m_expiryView->chart();
}

bool ChartsPage::isBusy() const
{
    return m_loader->busy();
}

void ChartsPage::reload()
{
    setProperty("lieuBusy", true);
    m_status->setText(tr("Loading…"));
    m_loader->load(m_session.databaseOpener(), m_session.sharedClock(), m_session.actor(), m_team->currentData().toString(),
                   m_session.clock().today());
}

void ChartsPage::present(const ReportOverview &overview)
{
    m_overview = overview;
    fillTeams(overview.teams);
    drawBalances();
    drawMonths();
    drawWeeks();
    m_status->setText(tr("As of %1").arg(Display::longDate(overview.on)));
    if (m_message->kind() == MessageBar::Kind::Error)
        m_message->clear();
    setProperty("lieuBusy", m_loader->busy());
    Q_EMIT loaded();
}

void ChartsPage::fillTeams(const QList<Team> &teams)
{
    const QSignalBlocker block(m_team);
    const QString keep = m_team->currentData().toString();
    while (m_team->count() > 1)
        m_team->removeItem(1);
    for (const Team &t : teams)
        m_team->addItem(tr("%1's team (%2)").arg(t.supervisorName, QLocale().toString(int(t.members.size()))), t.supervisor);
    m_team->setCurrentIndex(qMax(0, m_team->findData(keep)));
}

void ChartsPage::drawBalances()
{
    QChart *chart = m_balanceView->chart();
    clear(chart);
    const QList<EmployeeBalance> rows = BalanceReports::largest(m_overview.balances, MaxEmployees);
    const bool cut = m_overview.balances.size() > rows.size();
    chart->setTitle(cut ? tr("Balance per employee (the %1 largest of %2)")
                              .arg(QLocale().toString(int(rows.size())), QLocale().toString(int(m_overview.balances.size())))
                        : tr("Balance per employee"));
    auto *set = new QBarSet(tr("Available today"));
    QStringList names;
    QStringList described;
    double most = 0;
    // A horizontal bar chart draws its first category at the bottom: the largest balance goes last.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const double hours = Display::hoursValue(it->available);
        *set << hours;
        names << it->name;
        most = std::max(most, hours);
    }
    for (const EmployeeBalance &b : rows)
        described << tr("%1: %2 h").arg(b.name, Display::hours(b.available));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = hoursAxis(0, most);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    m_balanceView->setAccessibleDescription(described.join(QStringLiteral("; ")));
    applyPalette(chart);
}

void ChartsPage::drawMonths()
{
    QChart *chart = m_monthView->chart();
    clear(chart);
    chart->setTitle(tr("Accrued, used and expired per month"));
    auto *accrued = new QBarSet(tr("Accrued"));
    auto *used = new QBarSet(tr("Used"));
    auto *expired = new QBarSet(tr("Expired"));
    QStringList months;
    QStringList described;
    double high = 0, low = 0;
    for (const MonthFlow &m : std::as_const(m_overview.months)) {
        // What came in goes up, what went out (used, expired) goes down.
        *accrued << Display::hoursValue(m.accrued);
        *used << -Display::hoursValue(m.used);
        *expired << -Display::hoursValue(m.expired);
        months << QLocale().toString(m.month, QStringLiteral("MMM yy"));
        high = std::max(high, Display::hoursValue(m.accrued));
        low = std::min(low, -Display::hoursValue(m.used + m.expired));
        described << tr("%1: accrued %2 h, used %3 h, expired %4 h")
                         .arg(QLocale().toString(m.month, QStringLiteral("MMMM yyyy")), Display::hours(m.accrued),
                              Display::hours(m.used), Display::hours(m.expired));
    }
    auto *series = new QStackedBarSeries;
    series->append(accrued);
    series->append(used);
    series->append(expired);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    // Upright labels: slanted ones reach past the first category and Qt Charts drops the first label.
    axisX->setLabelsAngle(-90);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = hoursAxis(low, high);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->show();
    m_monthView->setAccessibleDescription(described.join(QStringLiteral("; ")));
    applyPalette(chart);
}

void ChartsPage::drawWeeks()
{
    QChart *chart = m_expiryView->chart();
    clear(chart);
    chart->setTitle(tr("Expiring in the next %1 days, by week").arg(QLocale().toString(BalanceReports::DefaultExpiryWindowDays)));
    auto *set = new QBarSet(tr("Expires unless used"));
    QStringList weeks;
    QStringList described;
    double most = 0;
    for (const WeekExpiry &w : std::as_const(m_overview.weeks)) {
        *set << Display::hoursValue(w.minutes);
        weeks << QLocale().toString(w.weekStart, QStringLiteral("d MMM"));
        most = std::max(most, Display::hoursValue(w.minutes));
        if (w.minutes > 0)
            described << tr("week of %1: %2 h").arg(Display::date(w.weekStart), Display::hours(w.minutes));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(weeks);
    axisX->setLabelsAngle(-90);
    axisX->setTitleText(tr("week starting"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = hoursAxis(0, most * 1.15);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    m_expiryView->setAccessibleDescription(described.isEmpty() ? tr("Nothing expires in the next %1 days")
                                                                     .arg(BalanceReports::DefaultExpiryWindowDays)
                                                               : described.join(QStringLiteral("; ")));
    applyPalette(chart);
}

void ChartsPage::applyPalette(QChart *chart)
{
    // The system palette, light or dark: the chart's theme follows the window colour, then takes the
    // palette's own colours for its background and text.
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(p.brush(QPalette::Text));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(font());
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setTruncateLabels(false); // a name or a month is shown whole or not at all
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Midlight));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series)
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(p.color(QPalette::Text));
}

void ChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        for (QChartView *v : {m_balanceView, m_monthView, m_expiryView})
            applyPalette(v->chart());
    }
    QWidget::changeEvent(event);
}

PageSpec chartsPageSpec()
{
    PageSpec spec;
    spec.id = QStringLiteral("hr.charts");
    spec.title = ChartsPage::tr("Balance charts");
    spec.icon = QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"));
    spec.hr = true;
    spec.create = [](Session &session, QWidget *parent) -> QWidget * { return new ChartsPage(session, parent); };
    return spec;
}

} // namespace lieu::ui
