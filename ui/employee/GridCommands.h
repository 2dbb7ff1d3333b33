#pragma once

#include "WeekGrid.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace lieu::ui {

class WeekGridModel;

// One cell of the grid changes from `before` to `after` (minutes, activity, description or billable).
class SetCellCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCellCommand)
public:
    SetCellCommand(WeekGridModel *model, int row, int column, QVariant before, QVariant after,
                   QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WeekGridModel *m_model;
    int m_row;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

// A row is added (redo) or taken away again (undo).
class InsertRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertRowCommand)
public:
    InsertRowCommand(WeekGridModel *model, int row, GridRow data, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WeekGridModel *m_model;
    int m_row;
    GridRow m_data;
};

// A row is removed (redo) and put back where it was with all its minutes (undo).
class RemoveRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRowCommand)
public:
    RemoveRowCommand(WeekGridModel *model, int row, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    WeekGridModel *m_model;
    int m_row;
    GridRow m_data;
};

} // namespace lieu::ui
