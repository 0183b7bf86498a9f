-- Version 5: the SHA-256 of each file a case was imported from, written in the same transaction as the case, so an
-- import that committed but was killed before it could say so is recognised when the same file is imported again.

CREATE TABLE import_source (
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    case_id      INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    imported_at  TEXT NOT NULL
);

CREATE INDEX import_source_sha256 ON import_source (sha256);
