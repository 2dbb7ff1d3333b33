// Renders every page and dialog of the employee's side and the start-up with the demo data, checks that
// no label is cut off and no table is empty, and keeps the pictures in LIEU_RENDER_DIR when it is set
// (to look at them), else in a temporary folder.
#include "ApplyLeaveDialog.h"
#include "Demo.h"
#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "MyToilPage.h"
#include "SignInDialog.h"
#include "TimesheetPage.h"
#include "WeekGridModel.h"
#include "WeekGridView.h"

#include "GuiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace lieu;
using namespace lieu::ui;
using lieu::test::TestDb;

class TestRender : public QObject
{
    Q_OBJECT

    const QDate today{2026, 12, 3}; // a Thursday
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<TestDb> m_demo;

    // Saves the widget's picture and checks what a person would notice first.
    void render(QWidget *w, const QString &name, const QStringList &mayBeEmpty = {})
    {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        test::waitLoaded();
        QCoreApplication::processEvents();
        const QString file = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        QVERIFY(w->grab().save(file));
        const QList<QLabel *> labels = w->findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (!l->isVisibleTo(w) || l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                QVERIFY2(l->height() >= l->heightForWidth(l->width()),
                         qPrintable(QStringLiteral("%1: label \"%2\" is cut off at the bottom (%3 < %4 px)")
                                        .arg(name, l->text())
                                        .arg(l->height())
                                        .arg(l->heightForWidth(l->width()))));
                continue;
            }
            if (l->textFormat() == Qt::RichText)
                continue;
            int needed = 0;
            const QStringList lines = l->text().split(QLatin1Char('\n'));
            for (const QString &line : lines)
                needed = qMax(needed, l->fontMetrics().horizontalAdvance(QString(line).remove(QLatin1Char('&'))));
            QVERIFY2(l->contentsRect().width() >= needed,
                     qPrintable(QStringLiteral("%1: label \"%2\" is cut off (%3 < %4 px)")
                                    .arg(name, l->text())
                                    .arg(l->contentsRect().width())
                                    .arg(needed)));
        }
        const QList<QAbstractButton *> buttons = w->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons)
            if (b->isVisibleTo(w) && !b->text().isEmpty())
                QVERIFY2(b->width() >= b->minimumSizeHint().width(),
                         qPrintable(QStringLiteral("%1: button \"%2\" is squeezed").arg(name, b->text())));
        const QList<QAbstractItemView *> views = w->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *v : views)
            if (v->isVisibleTo(w) && v->model() && !mayBeEmpty.contains(v->objectName()) &&
                v->property("placeholderText").toString().isEmpty() &&
                !v->inherits("QComboBoxListView") && !v->inherits("QHeaderView") && !v->inherits("QCalendarView") && !v->objectName().startsWith(QLatin1String("qt_")))
                QVERIFY2(v->model()->rowCount() > 0, qPrintable(QStringLiteral("%1: %2 (%3) is empty").arg(name, v->objectName(), QString::fromLatin1(v->metaObject()->className()))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        m_dir = qEnvironmentVariable("LIEU_RENDER_DIR");
        if (m_dir.isEmpty())
            m_dir = m_tmp.path();
        QDir().mkpath(m_dir);
        m_demo = std::make_unique<TestDb>(today);
        Demo::populate(m_demo->db(), m_demo->clock());
    }

    void firstStart()
    {
        TestDb empty(today);
        FirstStartDialog dialog(empty.db(), empty.clock());
        render(&dialog, QStringLiteral("first-start"));
        dialog.showSetUp();
        dialog.field(QStringLiteral("organisation"))->setText(QStringLiteral("Harbour Works"));
        dialog.field(QStringLiteral("fullName"))->setText(QStringLiteral("Rosa Reyes"));
        dialog.field(QStringLiteral("email"))->setText(QStringLiteral("rosa at harbour"));
        dialog.field(QStringLiteral("login"))->setText(QStringLiteral("rosa"));
        dialog.field(QStringLiteral("password"))->setText(QStringLiteral("tide tables"));
        dialog.field(QStringLiteral("password2"))->setText(QStringLiteral("tide tables"));
        QVERIFY(!dialog.createOrganisation());
        render(&dialog, QStringLiteral("first-start-set-up"));
    }

    void signIn()
    {
        SignInDialog dialog(m_demo->db(), m_demo->clock(), m_demo->path());
        dialog.loginEdit()->setText(QStringLiteral("ella"));
        dialog.passwordEdit()->setText(QStringLiteral("wrong"));
        QVERIFY(!dialog.signIn());
        render(&dialog, QStringLiteral("sign-in"));
    }

    void timesheets()
    {
        auto ella = test::sessionFor(*m_demo, QStringLiteral("ella"), today);
        TimesheetPage page(*ella);
        page.resize(1120, 720);
        render(&page, QStringLiteral("timesheet-new-week"));
        // Hours typed into this week so far: Monday to Wednesday.
        WeekGridModel *grid = page.gridModel();
        for (int day = 0; day < 3; ++day) {
            grid->setData(grid->index(0, grid->dayColumn(day)), QStringLiteral("8"));
            grid->setData(grid->index(1 + day % 3, grid->dayColumn(day)), day == 1 ? QStringLiteral("2:15") : QStringLiteral("1.5"));
        }
        render(&page, QStringLiteral("timesheet-editing"));
        while (page.undoStack()->canUndo()) // back to the saved state, so switching weeks asks nothing
            page.undoStack()->undo();
        QVERIFY(!page.isDirty());
        page.openWeek(today.addDays(-7));
        QCOMPARE(page.currentStatus(), QStringLiteral("Awaiting Approval"));
        render(&page, QStringLiteral("timesheet-awaiting-approval"));

        auto lena = test::sessionFor(*m_demo, QStringLiteral("lena"), today);
        TimesheetPage rejected(*lena);
        rejected.resize(1120, 720);
        rejected.openWeek(today.addDays(-7));
        QCOMPARE(rejected.currentStatus(), QStringLiteral("Rejected"));
        render(&rejected, QStringLiteral("timesheet-rejected"));
    }

    void myToil()
    {
        auto ella = test::sessionFor(*m_demo, QStringLiteral("ella"), today);
        MyToilPage page(*ella);
        page.resize(1120, 720);
        render(&page, QStringLiteral("my-toil"));
        page.tabs()->setCurrentIndex(1);
        render(&page, QStringLiteral("my-toil-ledger"));
    }

    void applyForLeave()
    {
        auto ella = test::sessionFor(*m_demo, QStringLiteral("ella"), today);
        ApplyLeaveDialog dialog(*ella);
        const QDate monday = today.addDays(8 - today.dayOfWeek()); // next Monday
        dialog.setDates(monday, monday.addDays(2));
        dialog.setHalfDay(monday.addDays(2));
        dialog.setReason(QStringLiteral("Family visit"));
        render(&dialog, QStringLiteral("apply-for-leave"));
        dialog.setDates(monday.addDays(7), monday.addDays(32)); // more than the balance
        dialog.setHalfDay({});
        QVERIFY(!dialog.apply());
        render(&dialog, QStringLiteral("apply-for-leave-refused"));
    }

    void mainWindows()
    {
        // Hana (HR) and Sam (supervisor) have no timesheets of their own: their tables say so.
        for (const QString &login : {QStringLiteral("ella"), QStringLiteral("lena"), QStringLiteral("hana")}) {
            auto session = test::sessionFor(*m_demo, login, today);
            MainWindow window(*session);
            render(&window, QStringLiteral("main-window-%1").arg(login));
            window.showPage(QStringLiteral("employee.toil"));
            render(&window, QStringLiteral("main-window-%1-toil").arg(login));
        }
    }

    void cleanupTestCase()
    {
        m_demo.reset();
        qInfo("pictures in %s", qPrintable(m_dir));
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
