-- Version 1: the payer directory and cases.
-- A case is stored as one JSON document (the case format of docs/case-format.md, without the export wrapper),
-- with the columns the Cases screen lists and sorts by copied beside it. See docs/decisions/0002.

CREATE TABLE payer (
    id                        INTEGER PRIMARY KEY,
    name                      TEXT NOT NULL,
    appeals_address           TEXT NOT NULL DEFAULT '',
    appeals_fax               TEXT NOT NULL DEFAULT '',
    phone                     TEXT NOT NULL DEFAULT '',
    portal                    TEXT NOT NULL DEFAULT '',
    behavioral_health_manager TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX payer_name ON payer (name COLLATE NOCASE);

CREATE TABLE case_file (
    id             INTEGER PRIMARY KEY,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    payer_id       INTEGER REFERENCES payer (id) ON DELETE SET NULL,
    patient_name   TEXT NOT NULL,
    plan_type      TEXT,
    level_of_care  TEXT,
    status         TEXT NOT NULL,
    denial_date    TEXT,
    doc            TEXT NOT NULL CHECK (json_valid(doc))
);

CREATE INDEX case_file_status ON case_file (status);
CREATE INDEX case_file_payer ON case_file (payer_id);
