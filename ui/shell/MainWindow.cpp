#include "MainWindow.h"

#include "Directory.h"
#include "Error.h"
#include "BackgroundDuties.h"
#include "Formats.h"
#include "NotificationBanner.h"
#include "LanguageMenu.h"
#include "Pages.h"
#include "Session.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lieu::ui {

namespace {
QString roleName(const QString &role)
{
    if (role == QLatin1String("hr"))
        return MainWindow::tr("HR");
    if (role == QLatin1String("supervisor"))
        return MainWindow::tr("Supervisor");
    return MainWindow::tr("Employee");
}
} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_pageList(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    setCentralWidget(central);
    buildHeader();

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setSpacing(2);
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    Roles roles;
    try {
        roles = m_session.roles();
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
    }
    const QList<PageSpec> specs = allPages();
    int firstOfPrimaryRole = -1; // the window opens on the first page of the user's main role
    int widest = 0;             // the longest page title, in pixels
    for (const PageSpec &spec : specs) {
        const bool allowed = (spec.employee && roles.employee) || (spec.supervisor && roles.supervisor) || (spec.hr && roles.hr);
        if (!allowed || !spec.create)
            continue;
        // A page is built when it is first shown (or asked for): the window opens without loading what
        // the other pages would read.
        m_stack->addWidget(new QWidget(m_stack));
        m_specs << spec;
        m_built << false;
        auto *item = new QListWidgetItem(spec.icon, spec.title, m_pageList);
        item->setToolTip(spec.title);
        // Every row as tall as an icon row, whether or not the page brought an icon.
        item->setSizeHint(QSize(0, qMax(m_pageList->iconSize().height(), m_pageList->fontMetrics().height()) + 8));
        m_ids << spec.id;
        widest = qMax(widest, m_pageList->fontMetrics().horizontalAdvance(spec.title));
        if (firstOfPrimaryRole < 0 && ((roles.hr && spec.hr) || (!roles.hr && roles.supervisor && spec.supervisor)))
            firstOfPrimaryRole = int(m_ids.size()) - 1;
        // Ctrl+1 ... Ctrl+9 jump to the first nine pages.
        if (m_ids.size() <= 9) {
            auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_ids.size())), this);
            const int row = int(m_ids.size()) - 1;
            connect(jump, &QShortcut::activated, this, [this, row] { m_pageList->setCurrentRow(row); });
            item->setToolTip(tr("%1 (%2)").arg(spec.title, jump->key().toString(QKeySequence::NativeText)));
        }
    }
    // Wide enough for the longest title in the user's language (icon, its gap, the frame), within reason.
    m_pageList->setFixedWidth(qBound(160, widest + m_pageList->iconSize().width() + 40, 280));

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    // What waits for this person, and (for supervisors and HR) the expiry/reminder duties while signed in.
    BackgroundDuties::ensure(m_session);
    outer->addWidget(new NotificationBanner(m_session, central));
    outer->addLayout(body, 1);

    if (m_ids.isEmpty()) {
        auto *none = new QLabel(tr("There is no page for your roles yet."), m_stack);
        none->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(none);
    }

    m_statusWhere = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusWhere);
    statusBar()->setSizeGripEnabled(true);

    connect(m_pageList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    connect(&m_session, &Session::dataChanged, this, &MainWindow::onDataChanged);
    updateHeader();
    if (!m_ids.isEmpty())
        m_pageList->setCurrentRow(qMax(0, firstOfPrimaryRole));
    resize(1280, 820);
}

void MainWindow::buildHeader()
{
    auto *header = new QWidget(centralWidget());
    header->setObjectName(QStringLiteral("header"));
    header->setBackgroundRole(QPalette::Base);
    header->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(12, 8, 8, 8);
    auto *who = new QVBoxLayout;
    m_organisation = new QLabel(header);
    m_organisation->setObjectName(QStringLiteral("organisationLabel"));
    QFont big = m_organisation->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_organisation->setFont(big);
    m_user = new QLabel(header);
    m_user->setObjectName(QStringLiteral("userLabel"));
    who->addWidget(m_organisation);
    who->addWidget(m_user);
    layout->addLayout(who, 1);

    m_pageTools = new QToolBar(tr("Page actions"), header);
    m_pageTools->setObjectName(QStringLiteral("pageTools"));
    m_pageTools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_pageTools);

    auto *tools = new QToolBar(tr("Window actions"), header);
    tools->setObjectName(QStringLiteral("windowTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *refresh = tools->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read everything again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    QAction *out = tools->addAction(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("Sign &out"));
    out->setObjectName(QStringLiteral("signOutAction"));
    QAction *aboutAction = tools->addAction(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("&About"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    auto *language = new QToolButton(tools);
    language->setObjectName(QStringLiteral("languageButton"));
    language->setMenu(new LanguageMenu(language));
    language->setText(language->menu()->title());
    language->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(language);
    layout->addWidget(tools);
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(out, &QAction::triggered, this, &MainWindow::signOut);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);

    auto *line = new QFrame(centralWidget());
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *outer = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    outer->addWidget(header);
    outer->addWidget(line);
}

void MainWindow::updateHeader()
{
    QString organisation;
    QString name = m_session.actor().login;
    Roles roles;
    try {
        organisation = Settings(m_session.db(), m_session.clock()).value(QString::fromLatin1(Settings::OrganisationName));
        name = Directory(m_session.db(), m_session.clock()).get(m_session.actor().employee).name;
        roles = m_session.roles();
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
    }
    QStringList roleNames;
    const QStringList all = roles.all();
    for (const QString &r : all)
        roleNames << roleName(r);
    m_organisation->setText(organisation);
    m_user->setText(tr("%1 (%2, %3) · %4")
                        .arg(name, m_session.actor().login, m_session.actor().employee, roleNames.join(QStringLiteral(", "))));
    m_user->setAccessibleName(m_user->text());
    setWindowTitle(tr("%1 — Lieu").arg(organisation));
    m_statusWhere->setText(tr("Today %1 · %2").arg(fmt::date(m_session.clock().today()), m_session.databaseSpec()));
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QWidget *MainWindow::page(const QString &id) const
{
    const int i = int(m_ids.indexOf(id));
    return i >= 0 ? const_cast<MainWindow *>(this)->buildPage(i) : nullptr;
}

QWidget *MainWindow::buildPage(int i)
{
    if (m_built.at(i))
        return m_stack->widget(i);
    const PageSpec &spec = m_specs.at(i);
    QWidget *placeholder = m_stack->widget(i);
    const bool current = m_stack->currentIndex() == i;
    QWidget *widget = spec.create(m_session, m_stack);
    widget->setObjectName(spec.id);
    widget->setAccessibleName(spec.title);
    m_built[i] = true;
    m_stack->insertWidget(i, widget);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    if (current)
        m_stack->setCurrentIndex(i);
    return widget;
}

QString MainWindow::currentPageId() const
{
    const int i = m_stack->currentIndex();
    return i >= 0 && i < m_ids.size() ? m_ids.at(i) : QString();
}

bool MainWindow::showPage(const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    if (i < 0)
        return false;
    m_pageList->setCurrentRow(i);
    return true;
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_stack->count())
        return;
    QWidget *page = row < m_built.size() ? buildPage(row) : m_stack->widget(row);
    m_stack->setCurrentWidget(page);
    if (m_stale.contains(page))
        reloadPage(page);
    m_pageTools->clear();
    const QList<QAction *> actions = page->actions();
    for (QAction *a : actions)
        if (a->priority() == QAction::HighPriority)
            m_pageTools->addAction(a);
    m_pageTools->setVisible(!m_pageTools->actions().isEmpty());
    statusBar()->clearMessage();
}

void MainWindow::reloadPage(QWidget *page)
{
    m_stale.remove(page);
    if (page->metaObject()->indexOfSlot("reload()") >= 0)
        QMetaObject::invokeMethod(page, "reload");
}

void MainWindow::onDataChanged()
{
    for (int i = 0; i < m_ids.size(); ++i) {
        if (!m_built.at(i))
            continue; // built later, with what is there then
        QWidget *page = m_stack->widget(i);
        if (page == m_stack->currentWidget())
            reloadPage(page);
        else
            m_stale.insert(page);
    }
    updateHeader();
}

void MainWindow::refresh()
{
    m_session.notifyChanged();
    statusBar()->showMessage(tr("Read again at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), 4000);
}

void MainWindow::signOut()
{
    m_signedOut = true;
    close();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Lieu"),
                       tr("<h3>Lieu %1</h3><p>Time off in lieu: log hours, approve overtime, spend and expire TOIL. "
                          "Amounts are kept to the minute; every action is checked by the same core library as "
                          "the <code>lieuctl</code> command line.</p><p>Database: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_session.databaseSpec().toHtmlEscaped()));
}

} // namespace lieu::ui
