-- The privileges the desktop application's account needs on a shared Lieu database, and no more.
-- {database} and {account} are filled in by "lieuctl grants" (e.g. `lieu` and 'lieu_app'@'%').
-- The account cannot change the schema, drop or alter the append-only triggers, or rewrite history:
-- the leave ledger and the audit log are insert-only for it (and their triggers refuse UPDATE and
-- DELETE from anyone). Migrations, restores and "lieuctl grants" itself need the owner's account.
GRANT SELECT ON {database}.schema_version TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.settings TO {account};
GRANT SELECT, INSERT, UPDATE ON {database}.employee TO {account};
GRANT SELECT, INSERT, UPDATE ON {database}.leave_type TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.holiday TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.timesheet TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.time_log TO {account};
GRANT SELECT, INSERT, UPDATE ON {database}.leave_allocation TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.leave_application TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.leave_draw TO {account};
GRANT SELECT, INSERT ON {database}.leave_ledger_entry TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.email_queue TO {account};
GRANT SELECT, INSERT, UPDATE, DELETE ON {database}.toil_reminder TO {account};
GRANT SELECT, INSERT ON {database}.audit_log TO {account};
GRANT SELECT, INSERT, UPDATE ON {database}.job_run TO {account};
GRANT SELECT, INSERT, UPDATE ON {database}.job_claim TO {account};
