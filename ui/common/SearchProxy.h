#pragma once

#include <QSortFilterProxyModel>

namespace lieu::ui {

// The thin proxy over every Lieu table: sorts by SortRole (raw values, not display text) and filters with
// core's Search rule over the texts the model gives in SearchRole.
class SearchProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SearchProxy(QObject *parent = nullptr);
    void setSearch(const QString &text);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace lieu::ui
