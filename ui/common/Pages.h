#pragma once

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace lieu::ui {

class Session;

// One page of the main window: who sees it and how to make it. Pages.cpp lists them all; each area
// adds its own entries there.
struct PageSpec
{
    QString id;          // stable id, e.g. "employee.timesheet"
    QString title;       // translated
    QIcon icon;
    bool employee = false;   // shown to every employee
    bool supervisor = false; // shown to supervisors
    bool hr = false;         // shown to HR
    std::function<QWidget *(Session &, QWidget *parent)> create;
};

// Every page of the app, in the order the main window shows them.
QList<PageSpec> allPages();

} // namespace lieu::ui
