-- Lieu schema version 1 (SQLite dialect).
-- Amounts are integer minutes; dates are ISO calendar dates (YYYY-MM-DD); timestamps are ISO UTC.
-- Statements end with a semicolon at the end of a line; trigger bodies end with "END;".

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE employee (
    id                          TEXT PRIMARY KEY NOT NULL,
    employee_name               TEXT NOT NULL,
    email                       TEXT NOT NULL,
    user_id                     TEXT UNIQUE,
    password_hash               TEXT,
    reports_to                  TEXT REFERENCES employee(id),
    is_hr                       INTEGER NOT NULL DEFAULT 0 CHECK (is_hr IN (0, 1)),
    active                      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    date_of_joining             TEXT,
    relieving_date              TEXT,
    contracted_minutes_per_day  INTEGER NOT NULL DEFAULT 480 CHECK (contracted_minutes_per_day BETWEEN 0 AND 1440),
    language                    TEXT NOT NULL DEFAULT 'en',
    failed_logins               INTEGER NOT NULL DEFAULT 0,
    locked_until                TEXT,
    CHECK (reports_to IS NULL OR reports_to <> id)
);
CREATE INDEX idx_employee_reports_to ON employee (reports_to, active);

CREATE TABLE leave_type (
    name                                        TEXT PRIMARY KEY NOT NULL,
    is_carry_forward                            INTEGER NOT NULL DEFAULT 1,
    expire_carry_forwarded_leaves_after_days    INTEGER NOT NULL DEFAULT 180 CHECK (expire_carry_forwarded_leaves_after_days > 0),
    allow_negative                              INTEGER NOT NULL DEFAULT 0,
    is_toil                                     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE holiday (
    holiday_date  TEXT PRIMARY KEY NOT NULL,
    description   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE timesheet (
    id                        INTEGER PRIMARY KEY,
    employee                  TEXT NOT NULL REFERENCES employee(id),
    start_date                TEXT NOT NULL,
    end_date                  TEXT NOT NULL,
    status                    TEXT NOT NULL DEFAULT 'Draft'
                              CHECK (status IN ('Draft', 'Awaiting Approval', 'Rejected', 'Approved', 'Cancelled')),
    docstatus                 INTEGER NOT NULL DEFAULT 0 CHECK (docstatus IN (0, 1, 2)),
    total_minutes             INTEGER NOT NULL DEFAULT 0,
    total_toil_minutes        INTEGER NOT NULL DEFAULT 0 CHECK (total_toil_minutes >= 0),
    toil_status               TEXT NOT NULL DEFAULT 'Not Applicable'
                              CHECK (toil_status IN ('Not Applicable', 'Pending Accrual', 'Accrued', 'Cancelled')),
    toil_calculation_details  TEXT NOT NULL DEFAULT '',
    toil_allocation           INTEGER REFERENCES leave_allocation(id),
    rejection_reason          TEXT NOT NULL DEFAULT '',
    approved_by               TEXT REFERENCES employee(id),
    created_by                TEXT NOT NULL DEFAULT '',
    created_at                TEXT NOT NULL,
    modified_at               TEXT NOT NULL,
    CHECK (start_date <= end_date)
);
CREATE INDEX idx_timesheet_toil ON timesheet (employee, docstatus, toil_status);
CREATE INDEX idx_timesheet_status ON timesheet (status, employee);
CREATE INDEX idx_timesheet_period ON timesheet (employee, start_date);

CREATE TABLE time_log (
    id           INTEGER PRIMARY KEY,
    timesheet    INTEGER NOT NULL REFERENCES timesheet(id) ON DELETE CASCADE,
    employee     TEXT NOT NULL REFERENCES employee(id),
    log_date     TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    is_billable  INTEGER NOT NULL DEFAULT 0 CHECK (is_billable IN (0, 1)),
    activity     TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    source_key   TEXT
);
CREATE INDEX idx_time_log_timesheet ON time_log (timesheet);
CREATE INDEX idx_time_log_employee_date ON time_log (employee, log_date);
CREATE UNIQUE INDEX idx_time_log_source ON time_log (source_key) WHERE source_key IS NOT NULL;

CREATE TABLE leave_allocation (
    id                  INTEGER PRIMARY KEY,
    employee            TEXT NOT NULL REFERENCES employee(id),
    leave_type          TEXT NOT NULL REFERENCES leave_type(name),
    from_date           TEXT NOT NULL,
    to_date             TEXT NOT NULL,
    toil_minutes        INTEGER NOT NULL CHECK (toil_minutes > 0),
    is_toil_allocation  INTEGER NOT NULL DEFAULT 1 CHECK (is_toil_allocation IN (0, 1)),
    source_timesheet    INTEGER UNIQUE REFERENCES timesheet(id),
    docstatus           INTEGER NOT NULL DEFAULT 1 CHECK (docstatus IN (1, 2)),
    is_expired          INTEGER NOT NULL DEFAULT 0 CHECK (is_expired IN (0, 1)),
    created_at          TEXT NOT NULL,
    CHECK (from_date <= to_date)
);
CREATE INDEX idx_leave_allocation_toil ON leave_allocation (employee, is_toil_allocation, docstatus, to_date, from_date);
CREATE INDEX idx_leave_allocation_due ON leave_allocation (is_expired, docstatus, to_date);

CREATE TABLE leave_application (
    id                INTEGER PRIMARY KEY,
    employee          TEXT NOT NULL REFERENCES employee(id),
    leave_type        TEXT NOT NULL REFERENCES leave_type(name),
    from_date         TEXT NOT NULL,
    to_date           TEXT NOT NULL,
    half_day_date     TEXT,
    reason            TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'Open' CHECK (status IN ('Open', 'Approved', 'Rejected', 'Cancelled')),
    docstatus         INTEGER NOT NULL DEFAULT 0 CHECK (docstatus IN (0, 1, 2)),
    half_days         INTEGER NOT NULL CHECK (half_days > 0),
    minutes           INTEGER NOT NULL CHECK (minutes > 0),
    rejection_reason  TEXT NOT NULL DEFAULT '',
    approved_by       TEXT REFERENCES employee(id),
    created_by        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    modified_at       TEXT NOT NULL,
    CHECK (from_date <= to_date)
);
CREATE INDEX idx_leave_application_employee ON leave_application (employee, status, from_date);
CREATE INDEX idx_leave_application_status ON leave_application (status, employee);

-- How an application draws on lots: while Open these rows are reservations; once Approved they record
-- what the ledger entries took. One row per (application, lot).
CREATE TABLE leave_draw (
    application  INTEGER NOT NULL REFERENCES leave_application(id),
    allocation   INTEGER NOT NULL REFERENCES leave_allocation(id),
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    first_date   TEXT NOT NULL,
    PRIMARY KEY (application, allocation)
);
CREATE INDEX idx_leave_draw_allocation ON leave_draw (allocation, application);

CREATE TABLE leave_ledger_entry (
    id                INTEGER PRIMARY KEY,
    employee          TEXT NOT NULL REFERENCES employee(id),
    leave_type        TEXT NOT NULL REFERENCES leave_type(name),
    allocation        INTEGER NOT NULL REFERENCES leave_allocation(id),
    transaction_type  TEXT NOT NULL CHECK (transaction_type IN
                      ('Leave Allocation', 'Leave Application', 'Expiry', 'Expiry Correction', 'Timesheet Cancellation')),
    transaction_name  TEXT NOT NULL,
    minutes           INTEGER NOT NULL CHECK (minutes <> 0),
    entry_date        TEXT NOT NULL,
    is_expired        INTEGER NOT NULL DEFAULT 0 CHECK (is_expired IN (0, 1)),
    docstatus         INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL
);
CREATE INDEX idx_leave_ledger_toil ON leave_ledger_entry (allocation, is_expired, minutes);
CREATE INDEX idx_leave_ledger_employee ON leave_ledger_entry (employee, entry_date);

CREATE TRIGGER leave_ledger_entry_no_update BEFORE UPDATE ON leave_ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'the leave ledger is append-only');
END;

CREATE TRIGGER leave_ledger_entry_no_delete BEFORE DELETE ON leave_ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'the leave ledger is append-only');
END;

CREATE TABLE toil_reminder (
    allocation   INTEGER PRIMARY KEY NOT NULL REFERENCES leave_allocation(id),
    email_queue  INTEGER NOT NULL REFERENCES email_queue(id),
    reminded_on  TEXT NOT NULL
);

CREATE TABLE email_queue (
    id                 INTEGER PRIMARY KEY,
    recipient          TEXT NOT NULL,
    subject            TEXT NOT NULL,
    message            TEXT NOT NULL,
    reference_doctype  TEXT NOT NULL DEFAULT '',
    reference_name     TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'Not Sent' CHECK (status IN ('Not Sent', 'Sending', 'Sent', 'Error')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT NOT NULL DEFAULT '',
    message_id         TEXT NOT NULL DEFAULT '',
    next_attempt_at    TEXT,
    created_at         TEXT NOT NULL,
    sent_at            TEXT
);
CREATE INDEX idx_email_queue_status ON email_queue (status, next_attempt_at);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    doctype   TEXT NOT NULL,
    docname   TEXT NOT NULL,
    before    TEXT NOT NULL DEFAULT '',
    after     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_audit_log_doc ON audit_log (doctype, docname);
CREATE INDEX idx_audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE job_run (
    id           INTEGER PRIMARY KEY,
    job          TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    result       TEXT NOT NULL DEFAULT 'Running' CHECK (result IN ('Running', 'Success', 'Error')),
    detail       TEXT NOT NULL DEFAULT '',
    error        TEXT NOT NULL DEFAULT '',
    runner       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_job_run_job ON job_run (job, due_date);
