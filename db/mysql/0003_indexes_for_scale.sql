-- Lieu schema version 3 (MariaDB/MySQL dialect): the same as sqlite/0003_indexes_for_scale.sql.
-- One ALTER drops and re-adds the index, so the ledger's foreign key on allocation always has an index.
ALTER TABLE leave_ledger_entry
    DROP INDEX idx_leave_ledger_toil,
    ADD INDEX idx_leave_ledger_toil (allocation, is_expired, transaction_type, minutes);
