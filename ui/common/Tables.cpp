#include "Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace lieu::ui {

void setUpTable(QTableView *view, QAbstractItemModel *model, const QString &accessibleName, int stretchColumn)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setAccessibleName(accessibleName);
}

QLabel *emptyState(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's disabled text colour: quiet, right in light and dark themes
    return label;
}

} // namespace lieu::ui
