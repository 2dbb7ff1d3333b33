-- Lieu schema version 1 (MariaDB/MySQL dialect): the same tables, columns, constraints and index names
-- as sqlite/0001_initial.sql. Amounts are integer minutes; dates are DATE; timestamps are ISO UTC text.
-- Every table is InnoDB (row locks, transactions, foreign keys) in utf8mb4 with a binary collation, so
-- that text compares and sorts exactly as on SQLite (case-sensitive, by code point).
-- Statements end with a semicolon at the end of a line; trigger bodies end with "END;".
-- The session runs with ANSI_QUOTES, so "double quotes" name columns (key, before and after are
-- reserved words here).

CREATE TABLE settings (
    "key"  VARCHAR(100) NOT NULL PRIMARY KEY,
    value  TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE employee (
    id                          VARCHAR(64) NOT NULL PRIMARY KEY,
    employee_name               VARCHAR(255) NOT NULL,
    email                       VARCHAR(320) NOT NULL,
    user_id                     VARCHAR(128) NULL UNIQUE,
    password_hash               VARCHAR(255) NULL,
    reports_to                  VARCHAR(64) NULL,
    is_hr                       INT NOT NULL DEFAULT 0 CHECK (is_hr IN (0, 1)),
    active                      INT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    date_of_joining             DATE NULL,
    relieving_date              DATE NULL,
    contracted_minutes_per_day  INT NOT NULL DEFAULT 480 CHECK (contracted_minutes_per_day BETWEEN 0 AND 1440),
    language                    VARCHAR(16) NOT NULL DEFAULT 'en',
    failed_logins               INT NOT NULL DEFAULT 0,
    locked_until                VARCHAR(32) NULL,
    CONSTRAINT employee_not_own_supervisor CHECK (reports_to IS NULL OR reports_to <> id),
    CONSTRAINT employee_reports_to FOREIGN KEY (reports_to) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_employee_reports_to ON employee (reports_to, active);

CREATE TABLE leave_type (
    name                                        VARCHAR(140) NOT NULL PRIMARY KEY,
    is_carry_forward                            INT NOT NULL DEFAULT 1,
    expire_carry_forwarded_leaves_after_days    INT NOT NULL DEFAULT 180 CHECK (expire_carry_forwarded_leaves_after_days > 0),
    allow_negative                              INT NOT NULL DEFAULT 0,
    is_toil                                     INT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE holiday (
    holiday_date  DATE NOT NULL PRIMARY KEY,
    description   VARCHAR(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE timesheet (
    id                        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee                  VARCHAR(64) NOT NULL,
    start_date                DATE NOT NULL,
    end_date                  DATE NOT NULL,
    status                    VARCHAR(20) NOT NULL DEFAULT 'Draft'
                              CHECK (status IN ('Draft', 'Awaiting Approval', 'Rejected', 'Approved', 'Cancelled')),
    docstatus                 INT NOT NULL DEFAULT 0 CHECK (docstatus IN (0, 1, 2)),
    total_minutes             BIGINT NOT NULL DEFAULT 0,
    total_toil_minutes        BIGINT NOT NULL DEFAULT 0 CHECK (total_toil_minutes >= 0),
    toil_status               VARCHAR(20) NOT NULL DEFAULT 'Not Applicable'
                              CHECK (toil_status IN ('Not Applicable', 'Pending Accrual', 'Accrued', 'Cancelled')),
    toil_calculation_details  MEDIUMTEXT NOT NULL DEFAULT (''),
    toil_allocation           BIGINT NULL,
    rejection_reason          TEXT NOT NULL DEFAULT (''),
    approved_by               VARCHAR(64) NULL,
    created_by                VARCHAR(140) NOT NULL DEFAULT '',
    created_at                VARCHAR(32) NOT NULL,
    modified_at               VARCHAR(32) NOT NULL,
    CONSTRAINT timesheet_period CHECK (start_date <= end_date),
    CONSTRAINT timesheet_employee FOREIGN KEY (employee) REFERENCES employee (id),
    CONSTRAINT timesheet_approved_by FOREIGN KEY (approved_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_timesheet_toil ON timesheet (employee, docstatus, toil_status);
CREATE INDEX idx_timesheet_status ON timesheet (status, employee);
CREATE INDEX idx_timesheet_period ON timesheet (employee, start_date);

CREATE TABLE time_log (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    timesheet    BIGINT NOT NULL,
    employee     VARCHAR(64) NOT NULL,
    log_date     DATE NOT NULL,
    minutes      INT NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    is_billable  INT NOT NULL DEFAULT 0 CHECK (is_billable IN (0, 1)),
    activity     VARCHAR(255) NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT (''),
    source_key   VARCHAR(512) NULL,
    CONSTRAINT time_log_timesheet FOREIGN KEY (timesheet) REFERENCES timesheet (id) ON DELETE CASCADE,
    CONSTRAINT time_log_employee FOREIGN KEY (employee) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_time_log_timesheet ON time_log (timesheet);
CREATE INDEX idx_time_log_employee_date ON time_log (employee, log_date);
-- A unique index allows any number of NULLs here, as SQLite's partial index does.
CREATE UNIQUE INDEX idx_time_log_source ON time_log (source_key);

CREATE TABLE leave_allocation (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee            VARCHAR(64) NOT NULL,
    leave_type          VARCHAR(140) NOT NULL,
    from_date           DATE NOT NULL,
    to_date             DATE NOT NULL,
    toil_minutes        BIGINT NOT NULL CHECK (toil_minutes > 0),
    is_toil_allocation  INT NOT NULL DEFAULT 1 CHECK (is_toil_allocation IN (0, 1)),
    source_timesheet    BIGINT NULL UNIQUE,
    docstatus           INT NOT NULL DEFAULT 1 CHECK (docstatus IN (1, 2)),
    is_expired          INT NOT NULL DEFAULT 0 CHECK (is_expired IN (0, 1)),
    created_at          VARCHAR(32) NOT NULL,
    CONSTRAINT leave_allocation_period CHECK (from_date <= to_date),
    CONSTRAINT leave_allocation_employee FOREIGN KEY (employee) REFERENCES employee (id),
    CONSTRAINT leave_allocation_type FOREIGN KEY (leave_type) REFERENCES leave_type (name),
    CONSTRAINT leave_allocation_timesheet FOREIGN KEY (source_timesheet) REFERENCES timesheet (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_leave_allocation_toil ON leave_allocation (employee, is_toil_allocation, docstatus, to_date, from_date);
CREATE INDEX idx_leave_allocation_due ON leave_allocation (is_expired, docstatus, to_date);

-- timesheet and leave_allocation refer to each other: the second reference is added once both exist.
ALTER TABLE timesheet ADD CONSTRAINT timesheet_toil_allocation FOREIGN KEY (toil_allocation) REFERENCES leave_allocation (id);

CREATE TABLE leave_application (
    id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee          VARCHAR(64) NOT NULL,
    leave_type        VARCHAR(140) NOT NULL,
    from_date         DATE NOT NULL,
    to_date           DATE NOT NULL,
    half_day_date     DATE NULL,
    reason            TEXT NOT NULL DEFAULT (''),
    status            VARCHAR(20) NOT NULL DEFAULT 'Open' CHECK (status IN ('Open', 'Approved', 'Rejected', 'Cancelled')),
    docstatus         INT NOT NULL DEFAULT 0 CHECK (docstatus IN (0, 1, 2)),
    half_days         INT NOT NULL CHECK (half_days > 0),
    minutes           BIGINT NOT NULL CHECK (minutes > 0),
    rejection_reason  TEXT NOT NULL DEFAULT (''),
    approved_by       VARCHAR(64) NULL,
    created_by        VARCHAR(140) NOT NULL DEFAULT '',
    created_at        VARCHAR(32) NOT NULL,
    modified_at       VARCHAR(32) NOT NULL,
    CONSTRAINT leave_application_period CHECK (from_date <= to_date),
    CONSTRAINT leave_application_employee FOREIGN KEY (employee) REFERENCES employee (id),
    CONSTRAINT leave_application_type FOREIGN KEY (leave_type) REFERENCES leave_type (name),
    CONSTRAINT leave_application_approved_by FOREIGN KEY (approved_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_leave_application_employee ON leave_application (employee, status, from_date);
CREATE INDEX idx_leave_application_status ON leave_application (status, employee);

-- How an application draws on lots: while Open these rows are reservations; once Approved they record
-- what the ledger entries took. One row per (application, lot).
CREATE TABLE leave_draw (
    application  BIGINT NOT NULL,
    allocation   BIGINT NOT NULL,
    minutes      BIGINT NOT NULL CHECK (minutes > 0),
    first_date   DATE NOT NULL,
    PRIMARY KEY (application, allocation),
    CONSTRAINT leave_draw_application FOREIGN KEY (application) REFERENCES leave_application (id),
    CONSTRAINT leave_draw_allocation FOREIGN KEY (allocation) REFERENCES leave_allocation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_leave_draw_allocation ON leave_draw (allocation, application);

CREATE TABLE leave_ledger_entry (
    id                BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee          VARCHAR(64) NOT NULL,
    leave_type        VARCHAR(140) NOT NULL,
    allocation        BIGINT NOT NULL,
    transaction_type  VARCHAR(32) NOT NULL CHECK (transaction_type IN
                      ('Leave Allocation', 'Leave Application', 'Expiry', 'Expiry Correction', 'Timesheet Cancellation')),
    transaction_name  VARCHAR(140) NOT NULL,
    minutes           BIGINT NOT NULL CHECK (minutes <> 0),
    entry_date        DATE NOT NULL,
    is_expired        INT NOT NULL DEFAULT 0 CHECK (is_expired IN (0, 1)),
    docstatus         INT NOT NULL DEFAULT 1,
    created_at        VARCHAR(32) NOT NULL,
    CONSTRAINT leave_ledger_entry_employee FOREIGN KEY (employee) REFERENCES employee (id),
    CONSTRAINT leave_ledger_entry_type FOREIGN KEY (leave_type) REFERENCES leave_type (name),
    CONSTRAINT leave_ledger_entry_allocation FOREIGN KEY (allocation) REFERENCES leave_allocation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_leave_ledger_toil ON leave_ledger_entry (allocation, is_expired, minutes);
CREATE INDEX idx_leave_ledger_employee ON leave_ledger_entry (employee, entry_date);

CREATE TRIGGER leave_ledger_entry_no_update BEFORE UPDATE ON leave_ledger_entry FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the leave ledger is append-only';
END;

CREATE TRIGGER leave_ledger_entry_no_delete BEFORE DELETE ON leave_ledger_entry FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the leave ledger is append-only';
END;

CREATE TABLE email_queue (
    id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient          VARCHAR(320) NOT NULL,
    subject            VARCHAR(1000) NOT NULL,
    message            MEDIUMTEXT NOT NULL,
    reference_doctype  VARCHAR(64) NOT NULL DEFAULT '',
    reference_name     VARCHAR(140) NOT NULL DEFAULT '',
    status             VARCHAR(16) NOT NULL DEFAULT 'Not Sent' CHECK (status IN ('Not Sent', 'Sending', 'Sent', 'Error')),
    attempts           INT NOT NULL DEFAULT 0,
    last_error         TEXT NOT NULL DEFAULT (''),
    message_id         VARCHAR(255) NOT NULL DEFAULT '',
    next_attempt_at    VARCHAR(32) NULL,
    created_at         VARCHAR(32) NOT NULL,
    sent_at            VARCHAR(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_email_queue_status ON email_queue (status, next_attempt_at);

CREATE TABLE toil_reminder (
    allocation   BIGINT NOT NULL PRIMARY KEY,
    email_queue  BIGINT NOT NULL,
    reminded_on  DATE NOT NULL,
    CONSTRAINT toil_reminder_allocation FOREIGN KEY (allocation) REFERENCES leave_allocation (id),
    CONSTRAINT toil_reminder_email FOREIGN KEY (email_queue) REFERENCES email_queue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_log (
    id        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at        VARCHAR(32) NOT NULL,
    actor     VARCHAR(140) NOT NULL,
    action    VARCHAR(64) NOT NULL,
    doctype   VARCHAR(64) NOT NULL,
    docname   VARCHAR(140) NOT NULL,
    "before"  MEDIUMTEXT NOT NULL DEFAULT (''),
    "after"   MEDIUMTEXT NOT NULL DEFAULT ('')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_audit_log_doc ON audit_log (doctype, docname);
CREATE INDEX idx_audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
END;

CREATE TABLE job_run (
    id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job          VARCHAR(64) NOT NULL,
    due_date     DATE NOT NULL,
    started_at   VARCHAR(32) NOT NULL,
    finished_at  VARCHAR(32) NULL,
    result       VARCHAR(16) NOT NULL DEFAULT 'Running' CHECK (result IN ('Running', 'Success', 'Error')),
    detail       TEXT NOT NULL DEFAULT (''),
    error        TEXT NOT NULL DEFAULT (''),
    runner       VARCHAR(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX idx_job_run_job ON job_run (job, due_date);
