#pragma once

#include "Statement.h"

#include <QCoreApplication>
#include <QString>

class QPainter;

namespace lieu::ui {

// Draws one employee's TOIL statement (lots, use, expiry, balance) on one A4 page with Qt's own PDF
// writer. Lives in lieuui because QPdfWriter and QPainter are Qt Gui; the figures come from core
// (reports::Statement), so the PDF shows exactly what the ledger says.
class StatementPdf final
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    // Throws lieu::Error naming the path when the file cannot be written.
    static void write(const reports::StatementData &data, const QString &path);
    // The same page on any paint device whose size is `width` x `height` device pixels at `dpi`.
    static void paint(QPainter &p, const reports::StatementData &data, int width, int height, int dpi);
};

} // namespace lieu::ui
