#pragma once

#include "Pages.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace lieu::ui {

class Session;

// The main window: a page list on the left (the pages of lieu::ui::allPages() that the signed-in user's
// roles allow, the union when one person has several), the pages in a stack, a header with the
// organisation, the user and their roles, Refresh (F5), Sign out and About, and a status bar.
//
// Pages are told to reload through a `reload()` slot, when they have one: the page on screen at once
// when Session::dataChanged fires (or on F5), the others when they are next shown. The current page's
// actions of high priority (QAction::HighPriority) appear in the header's page toolbar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    QStringList pageIds() const;
    QWidget *page(const QString &id) const;
    QString currentPageId() const;
    bool showPage(const QString &id);
    bool signedOut() const { return m_signedOut; }

public Q_SLOTS:
    void refresh();
    void signOut();
    void about();

private:
    void buildHeader();
    void onDataChanged();
    void onPageChanged(int row);
    void reloadPage(QWidget *page);
    QWidget *buildPage(int index);
    void updateHeader();

    Session &m_session;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QStringList m_ids;
    QSet<QWidget *> m_stale;
    QList<PageSpec> m_specs; // the user's pages, in the order of m_ids
    QList<bool> m_built;     // whether each page has been built yet
    QToolBar *m_pageTools = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_statusWhere = nullptr;
    bool m_signedOut = false;
};

} // namespace lieu::ui
