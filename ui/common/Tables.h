#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace lieu::ui {

// The way every Lieu table behaves: whole rows selected, sortable headers, alternating rows from the
// palette, Tab leaves the table (arrows move inside it), one column takes the spare width.
void setUpTable(QTableView *view, QAbstractItemModel *model, const QString &accessibleName, int stretchColumn);

// A quiet centred sentence shown instead of an empty table.
QLabel *emptyState(const QString &text, QWidget *parent);

} // namespace lieu::ui
