-- Version 8: what each case adds to the patterns by payer (issue 17), written with the case on every save so the
-- Payers view and `report payers` count rows with SQL instead of reading 10,000 case documents. No names, dates of
-- birth or member ids: kinds, counts, dates of denials and decisions, and amounts in cents.

-- One row per denial in a case.
CREATE TABLE denial_fact (
    case_id        INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    denied_on      TEXT,
    level_of_care  TEXT NOT NULL,
    denial_type    TEXT NOT NULL,
    criteria_set   TEXT NOT NULL,
    reviewer       TEXT NOT NULL,
    billed_cents   INTEGER NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- One row per reason a denial gives.
CREATE TABLE denial_reason_fact (
    case_id  INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    reason   TEXT NOT NULL
);

CREATE INDEX denial_reason_fact_case ON denial_reason_fact (case_id);

-- One row per case: its peer-to-peer calls and where the denial ended.
CREATE TABLE case_outcome_fact (
    case_id           INTEGER PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    first_denied_on   TEXT,
    p2p_calls         INTEGER NOT NULL,
    p2p_honoured      INTEGER NOT NULL,
    p2p_not_honoured  INTEGER NOT NULL,
    resolution        TEXT NOT NULL,
    days_to_decision  INTEGER,
    billed_cents      INTEGER NOT NULL,
    recovered_cents   INTEGER NOT NULL
);
