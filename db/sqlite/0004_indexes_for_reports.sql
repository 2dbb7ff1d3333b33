-- Lieu schema version 4 (SQLite): indexes for HR's balance charts over a whole organisation.
-- Each monthly flow (accrued, used, expired) is a range of dates; with these the range is read from an
-- index that also holds what is summed, instead of every lot's ledger of every active employee.
CREATE INDEX idx_leave_ledger_expired ON leave_ledger_entry (is_expired, entry_date, allocation, minutes);
CREATE INDEX idx_leave_allocation_from ON leave_allocation (from_date, is_toil_allocation, docstatus, employee, toil_minutes);
CREATE INDEX idx_leave_draw_first ON leave_draw (first_date, application, allocation, minutes);
