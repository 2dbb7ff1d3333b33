#pragma once

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lieu::ui {

class HolidayModel;
class MessageBar;
class SearchProxy;
class Session;

// The holiday list: leave counts no working time on these dates. Changing it does not change leave that
// is already approved (core freezes the count at approval).
class HolidaysPage final : public QWidget
{
    Q_OBJECT

public:
    HolidaysPage(Session &session, QWidget *parent = nullptr);

    HolidayModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *descriptionEdit() const { return m_description; }
    MessageBar *messageBar() const { return m_message; }
    bool select(QDate date);

public Q_SLOTS:
    void reload();
    void addHoliday();
    void removeCurrent();

private:
    Session &m_session;
    HolidayModel *m_model = nullptr;
    SearchProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace lieu::ui
