#include "GridCommands.h"

#include "WeekGridModel.h"

namespace lieu::ui {

SetCellCommand::SetCellCommand(WeekGridModel *model, int row, int column, QVariant before, QVariant after,
                               QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_row(row), m_column(column), m_before(std::move(before)),
      m_after(std::move(after))
{
    if (model->isDayColumn(column))
        setText(tr("change %1").arg(model->headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '))));
    else if (column == WeekGridModel::Billable)
        setText(tr("change billable"));
    else
        setText(tr("change %1").arg(model->headerData(column, Qt::Horizontal).toString().toLower()));
}

void SetCellCommand::undo()
{
    m_model->applyValue(m_row, m_column, m_before);
}

void SetCellCommand::redo()
{
    m_model->applyValue(m_row, m_column, m_after);
}

InsertRowCommand::InsertRowCommand(WeekGridModel *model, int row, GridRow data, QUndoCommand *parent)
    : QUndoCommand(tr("add row"), parent), m_model(model), m_row(row), m_data(std::move(data))
{
}

void InsertRowCommand::undo()
{
    m_data = m_model->takeGridRow(m_row);
}

void InsertRowCommand::redo()
{
    m_model->insertGridRow(m_row, m_data);
}

RemoveRowCommand::RemoveRowCommand(WeekGridModel *model, int row, QUndoCommand *parent)
    : QUndoCommand(tr("remove row"), parent), m_model(model), m_row(row)
{
}

void RemoveRowCommand::undo()
{
    m_model->insertGridRow(m_row, m_data);
}

void RemoveRowCommand::redo()
{
    m_data = m_model->takeGridRow(m_row);
}

} // namespace lieu::ui
