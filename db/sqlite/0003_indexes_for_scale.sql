-- Lieu schema version 3 (SQLite): indexes for an organisation of thousands with years of history.
-- The figures of a lot (used, expired, cancelled, remaining) are sums over its ledger entries by
-- transaction type; with the type in the index those sums never read the table.
DROP INDEX idx_leave_ledger_toil;
CREATE INDEX idx_leave_ledger_toil ON leave_ledger_entry (allocation, is_expired, transaction_type, minutes);
