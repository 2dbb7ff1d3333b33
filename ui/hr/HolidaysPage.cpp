#include "HolidaysPage.h"

#include "Display.h"
#include "Error.h"
#include "HrModels.h"
#include "MessageBar.h"
#include "SearchProxy.h"
#include "Session.h"
#include "Tables.h"
#include "WorkCalendar.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lieu::ui {

HolidaysPage::HolidaysPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("holidaysPage"));
    auto *layout = new QVBoxLayout(this);

    auto *box = new QGroupBox(tr("Add a holiday"), this);
    auto *form = new QHBoxLayout(box);
    m_date = new QDateEdit(box);
    m_date->setCalendarPopup(true);
    m_date->setDate(session.clock().today());
    m_date->setAccessibleName(tr("Holiday date"));
    m_description = new QLineEdit(box);
    m_description->setPlaceholderText(tr("e.g. Spring bank holiday"));
    m_description->setAccessibleName(tr("Holiday description"));
    m_description->setMaxLength(200);
    m_add = new QPushButton(tr("&Add"), box);
    m_add->setObjectName(QStringLiteral("addHoliday"));
    auto *dateLabel = new QLabel(tr("&Date:"), box);
    dateLabel->setBuddy(m_date);
    auto *descLabel = new QLabel(tr("D&escription:"), box);
    descLabel->setBuddy(m_description);
    form->addWidget(dateLabel);
    form->addWidget(m_date);
    form->addWidget(descLabel);
    form->addWidget(m_description, 1);
    form->addWidget(m_add);
    layout->addWidget(box);

    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_model = new HolidayModel(this);
    m_proxy = new SearchProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("holidays"));
    setUpTable(m_view, m_proxy, tr("Holidays"), HolidayModel::Description);
    m_view->sortByColumn(HolidayModel::Date, Qt::AscendingOrder);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyState(tr("The holiday list is empty: only weekends are days off."), this));
    layout->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    auto *note = new QLabel(tr("Past holidays are in italics. Approved leave keeps the days it counted when it was approved."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeHoliday"));
    bottom->addWidget(note, 1);
    bottom->addWidget(m_remove);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &HolidaysPage::addHoliday);
    connect(m_description, &QLineEdit::returnPressed, this, &HolidaysPage::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysPage::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_remove->setEnabled(m_view->currentIndex().isValid()); });
    connect(&m_session, &Session::dataChanged, this, &HolidaysPage::reload);
    reload();
}

bool HolidaysPage::select(QDate date)
{
    const int row = m_model->rowOf(date);
    if (row < 0)
        return false;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, HolidayModel::Date));
    m_view->setCurrentIndex(i);
    m_view->selectRow(i.row());
    m_view->scrollTo(i);
    return true;
}

void HolidaysPage::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const QDate keep = current.isValid() ? m_proxy->mapToSource(current).siblingAtColumn(0).data(KeyRole).toDate() : QDate();
    try {
        m_model->setHolidays(WorkCalendar(m_session.db(), m_session.clock()).holidays(), m_session.clock().today());
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    if (!select(keep)) {
        // The first holiday from today on, else the last one.
        const QDate today = m_session.clock().today();
        int pick = m_proxy->rowCount() - 1;
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, 0).data(KeyRole).toDate() >= today) {
                pick = r;
                break;
            }
        }
        if (pick >= 0)
            m_view->selectRow(pick);
    }
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    m_view->resizeColumnsToContents();
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

void HolidaysPage::addHoliday()
{
    const QDate date = m_date->date();
    try {
        WorkCalendar(m_session.db(), m_session.clock()).addHoliday(m_session.actor(), date, m_description->text());
        m_message->showMessage(MessageBar::Kind::Info, tr("%1 is a holiday now.").arg(Display::longDate(date)));
        m_description->clear();
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
        return;
    }
    m_session.notifyChanged();
    select(date);
}

void HolidaysPage::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QDate date = m_proxy->mapToSource(current).siblingAtColumn(0).data(KeyRole).toDate();
    try {
        WorkCalendar(m_session.db(), m_session.clock()).removeHoliday(m_session.actor(), date);
        m_message->showMessage(MessageBar::Kind::Info, tr("%1 is no longer a holiday.").arg(Display::longDate(date)));
    } catch (const Error &e) {
        m_message->showMessage(MessageBar::Kind::Error, Display::error(e));
    }
    m_session.notifyChanged();
}

} // namespace lieu::ui
