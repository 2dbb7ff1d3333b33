-- Lieu schema version 2 (SQLite dialect): one claim per background job and due date, so that however
-- many desktops or cron jobs try, each job runs once per due date; and the maintenance switch.

-- The claim is the row itself: its primary key lets exactly one runner insert it. A claim left Running
-- whose heartbeat is older than the runner's timeout may be taken over (the runner crashed).
CREATE TABLE job_claim (
    job           TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    runner        TEXT NOT NULL,
    run           INTEGER REFERENCES job_run(id),
    state         TEXT NOT NULL DEFAULT 'Running' CHECK (state IN ('Running', 'Success', 'Error')),
    claimed_at    TEXT NOT NULL,
    heartbeat_at  TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (job, due_date)
);

-- Maintenance mode: a non-empty value is the reason every client is read-only. The row always exists,
-- so that writers can hold a shared lock on it while they write.
INSERT INTO settings (key, value) VALUES ('maintenance', '');
