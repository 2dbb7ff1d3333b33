-- Lieu schema version 4 (MariaDB/MySQL dialect): the same as sqlite/0004_indexes_for_reports.sql.
CREATE INDEX idx_leave_ledger_expired ON leave_ledger_entry (is_expired, entry_date, allocation, minutes);
CREATE INDEX idx_leave_allocation_from ON leave_allocation (from_date, is_toil_allocation, docstatus, employee, toil_minutes);
CREATE INDEX idx_leave_draw_first ON leave_draw (first_date, application, allocation, minutes);
