#pragma once

#include "Importer.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lieu::ui {

class Session;

// Imports a time tracker's export: choose the file (and, when needed, the layout and date order), see per
// employee and week what will be created (hours, TOIL hours, the Draft it joins) and who is not matched,
// then import it all in one transaction. Nothing is written before "Import" is pressed.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Session &session, QWidget *parent = nullptr);

    // Loads the file and previews it (tests and the page call these directly; the buttons do the same).
    void setFile(const QString &path);
    void setLayoutChoice(import::Layout layout);
    void setDateOrder(import::DateOrder order);
    bool previewFile();
    bool importFile();

    const std::optional<import::ImportPlan> &plan() const { return m_plan; }
    QString errorText() const;
    QString summaryText() const;
    QTableWidget *weeksTable() const { return m_weeks; }
    QTableWidget *unmatchedTable() const { return m_unmatched; }
    QPushButton *importButton() const { return m_import; }

private:
    void chooseFile();
    void showPlan(const import::ImportPlan &plan, bool imported);
    void showError(const QString &message);
    import::ReadOptions options() const;

    Session &m_session;
    QString m_path;
    QByteArray m_bytes;
    std::optional<import::ImportPlan> m_plan;
    bool m_done = false;

    QLineEdit *m_file = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_dates = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_weeks = nullptr;
    QLabel *m_unmatchedTitle = nullptr;
    QTableWidget *m_unmatched = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace lieu::ui
