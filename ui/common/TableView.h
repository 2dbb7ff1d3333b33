#pragma once

#include <QTableView>

namespace lieu::ui {

// A read-only table that says so when it has no rows ("No leave applications yet") instead of showing
// a blank box, sorts by clicking a header, and selects whole rows.
class TableView final : public QTableView
{
    Q_OBJECT
    Q_PROPERTY(QString placeholderText READ placeholderText WRITE setPlaceholderText)

public:
    explicit TableView(QWidget *parent = nullptr);
    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace lieu::ui
