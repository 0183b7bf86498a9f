-- Version 3 of the shared store (issue 18, ADR 0019 and ADR 0016): what each case adds to the patterns by payer, the
-- twin of the local store's version 8. The program rewrites a case's rows in the same transaction as every insert and
-- update of the case, so the report counts rows with SQL and reads no document. No names, dates of birth or member
-- ids: kinds, counts, the days of denials, and amounts in cents. Run by `overturn store init` after V002, in the same
-- transaction; every statement can run again. Init then fills the rows of cases stored before this version (in Java,
-- with the rule every save uses: SharedStoreSchema).
--
-- No audit trigger on these tables: they are derived from the case document, whose save is audited already, so the
-- audit stays one row per change to a case. Rows go with their case by the cascade (run as the tables' owner, so
-- deleting a case needs no grant on them).

-- One row per denial in a case.
CREATE TABLE IF NOT EXISTS overturn.denial_fact (
    case_id        bigint  NOT NULL REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    seq            integer NOT NULL,
    denied_on      date,
    level_of_care  text    NOT NULL,
    denial_type    text    NOT NULL,
    criteria_set   text    NOT NULL,
    reviewer       text    NOT NULL,
    billed_cents   bigint  NOT NULL,
    PRIMARY KEY (case_id, seq)
);

-- One row per reason a denial gives.
CREATE TABLE IF NOT EXISTS overturn.denial_reason_fact (
    case_id  bigint  NOT NULL REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    seq      integer NOT NULL,
    reason   text    NOT NULL
);
CREATE INDEX IF NOT EXISTS denial_reason_fact_case ON overturn.denial_reason_fact (case_id, seq);

-- One row per case: its peer-to-peer calls and where the denial ended.
CREATE TABLE IF NOT EXISTS overturn.case_outcome_fact (
    case_id           bigint  PRIMARY KEY REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    first_denied_on   date,
    p2p_calls         integer NOT NULL,
    p2p_honoured      integer NOT NULL,
    p2p_not_honoured  integer NOT NULL,
    resolution        text    NOT NULL,
    days_to_decision  integer,
    billed_cents      bigint  NOT NULL,
    recovered_cents   bigint  NOT NULL
);

-- Every role reads them (the report names no patient); clinicians (and so admins) rewrite a case's rows when they save
-- it: DELETE and INSERT, never UPDATE.
REVOKE ALL ON overturn.denial_fact, overturn.denial_reason_fact, overturn.case_outcome_fact FROM PUBLIC;
GRANT SELECT ON overturn.denial_fact, overturn.denial_reason_fact, overturn.case_outcome_fact TO overturn_reviewer;
GRANT INSERT, DELETE ON overturn.denial_fact, overturn.denial_reason_fact, overturn.case_outcome_fact
    TO overturn_clinician;

INSERT INTO overturn.schema_version (version) VALUES (3) ON CONFLICT (version) DO NOTHING;
