#include "WeekGridView.h"

#include "WeekGridModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace lieu::ui {

void HoursDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(WeekGridModel::DateRole).isValid()) {
        const bool nonWorking = index.data(WeekGridModel::NonWorkingRole).toBool();
        const bool future = index.data(WeekGridModel::FutureRole).toBool();
        if (nonWorking || future) {
            painter->save();
            QColor tint = option.palette.color(QPalette::Mid);
            tint.setAlpha(nonWorking ? 60 : 40);
            painter->fillRect(option.rect, future ? QBrush(tint, Qt::BDiagPattern) : QBrush(tint));
            painter->restore();
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QWidget *HoursDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (index.data(WeekGridModel::DateRole).isValid()) {
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            line->setPlaceholderText(tr("7:30"));
        }
        line->setAccessibleName(index.data(Qt::AccessibleTextRole).toString());
    }
    return editor;
}

WeekGridView::WeekGridView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new HoursDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void WeekGridView::setGridModel(WeekGridModel *model)
{
    m_model = model;
    setModel(model);
}

void WeekGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState && m_model) {
        switch (event->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace: {
            QModelIndexList cells = selectionModel()->selectedIndexes();
            if (cells.isEmpty() && currentIndex().isValid())
                cells << currentIndex();
            m_model->clearCells(cells);
            event->accept();
            return;
        }
        case Qt::Key_Enter:
        case Qt::Key_Return:
            if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
                moveDown();
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void WeekGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void WeekGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !m_model)
        return;
    const int next = current.row() + 1;
    if (next < m_model->totalsRow())
        setCurrentIndex(m_model->index(next, current.column()));
}

} // namespace lieu::ui
