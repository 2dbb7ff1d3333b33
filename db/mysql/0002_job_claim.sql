-- Lieu schema version 2 (MariaDB/MySQL dialect): the same as sqlite/0002_job_claim.sql.

-- The claim is the row itself: its primary key lets exactly one runner insert it. A claim left Running
-- whose heartbeat is older than the runner's timeout may be taken over (the runner crashed).
CREATE TABLE job_claim (
    job           VARCHAR(64) NOT NULL,
    due_date      DATE NOT NULL,
    runner        VARCHAR(255) NOT NULL,
    run           BIGINT NULL,
    state         VARCHAR(16) NOT NULL DEFAULT 'Running' CHECK (state IN ('Running', 'Success', 'Error')),
    claimed_at    VARCHAR(32) NOT NULL,
    heartbeat_at  VARCHAR(32) NOT NULL,
    attempts      INT NOT NULL DEFAULT 1,
    PRIMARY KEY (job, due_date),
    CONSTRAINT job_claim_run FOREIGN KEY (run) REFERENCES job_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Maintenance mode: a non-empty value is the reason every client is read-only. The row always exists,
-- so that writers can hold a shared lock on it while they write.
INSERT INTO settings ("key", value) VALUES ('maintenance', '');
