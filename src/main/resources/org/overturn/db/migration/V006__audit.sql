-- Version 6: the activity log. One row each time health information leaves the database as a file, a print, a
-- submission, a backup or a restore: when, which computer account, which case, what, and the SHA-256 of the file
-- written. No names, dates of birth, member ids or file names: the log itself holds no health information.
-- Rows are never changed or removed (the triggers refuse it), and outlive the case they name.

CREATE TABLE audit (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    os_user  TEXT NOT NULL,
    case_id  INTEGER,
    action   TEXT NOT NULL,
    sha256   TEXT CHECK (sha256 IS NULL OR length(sha256) = 64)
);

CREATE INDEX audit_case ON audit (case_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the activity log is never changed'); END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the activity log is never changed'); END;
