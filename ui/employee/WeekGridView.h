#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace lieu::ui {

class WeekGridModel;

// Paints the day cells (weekends and holidays shaded, days still to come hatched) and edits hours in a
// line edit; the model reads what was typed ("7.5", "7:30").
class HoursDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The grid as a spreadsheet: typing starts editing, Tab moves right, Enter moves down, Delete clears the
// selected cells (one undo step).
class WeekGridView final : public QTableView
{
    Q_OBJECT
public:
    explicit WeekGridView(QWidget *parent = nullptr);
    void setGridModel(WeekGridModel *model);
    WeekGridModel *gridModel() const { return m_model; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();

    WeekGridModel *m_model = nullptr;
};

} // namespace lieu::ui
