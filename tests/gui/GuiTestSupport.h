#pragma once

#include "BackgroundTask.h"
#include "Session.h"
#include "TestDb.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QtTest>

#include <memory>

namespace lieu::test {

// A session over a second connection to the test database, with its own clock standing on `today`.
inline std::unique_ptr<ui::Session> sessionFor(TestDb &t, const QString &login, QDate today)
{
    return std::make_unique<ui::Session>(Database::open(t.spec()), std::make_shared<FixedClock>(today), t.actor(login));
}

// Types `text` into the cell the way a person does: the first key opens the cell's editor, the rest go to
// the editor, and `finish` (Tab, Return) commits it.
inline void typeIntoCell(QAbstractItemView *view, const QModelIndex &cell, const QString &text, Qt::Key finish = Qt::Key_Return)
{
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, text.at(0).toLatin1());
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor != view, "typing did not open an editor");
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, finish);
    QCoreApplication::processEvents();
}

inline void waitLoaded()
{
    QVERIFY(ui::BackgroundTasks::waitIdle(20000));
}

} // namespace lieu::test
