#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace lieu::ui {

class AuditModel;
class MessageBar;
class SearchProxy;
class Session;

// The append-only audit log, filtered by core (document type and name, actor, action, date range) and
// searchable within what was read.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Session &session, QWidget *parent = nullptr);

    static constexpr int Limit = 1000;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *doctypeBox() const { return m_doctype; }
    QLineEdit *documentEdit() const { return m_document; }
    QComboBox *actorBox() const { return m_actor; }
    QComboBox *actionBox() const { return m_action; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public Q_SLOTS:
    void reload();
    void clearFilters();

private:
    void fillChoices();
    void showEntry();

    Session &m_session;
    bool m_filling = false;
    QComboBox *m_doctype = nullptr;
    QLineEdit *m_document = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    MessageBar *m_message = nullptr;
    AuditModel *m_model = nullptr;
    SearchProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_before = nullptr;
    QPlainTextEdit *m_after = nullptr;
};

} // namespace lieu::ui
