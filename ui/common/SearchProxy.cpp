#include "SearchProxy.h"

#include "Display.h"
#include "Search.h"

namespace lieu::ui {

SearchProxy::SearchProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SearchProxy::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool SearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.trimmed().isEmpty())
        return true;
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    return Search::matches(first.data(SearchRole).toStringList(), m_search);
}

} // namespace lieu::ui
