-- Version 4 of the shared store (issue 18, ADR 0019): the peer-to-peer calls of a case live in overturn.call_log, one
-- row a call, and no longer in the case document, so a reviewer logs a call without the right to change the case.
-- Run by `overturn store init` after V003, in the same transaction; every statement can run again. Init then moves the
-- calls of cases stored before this version out of their documents (in Java, with the rule every save uses:
-- SharedStoreSchema). The audit and the notice on overturn_case come from V001's trigger on call_log (section 'calls').

-- The call's timeline entry ("call-" and the call's id) goes with its call, so logging a call leaves the document
-- alone; NULL when the case has no entry for the call.
ALTER TABLE overturn.call_log ADD COLUMN IF NOT EXISTS event jsonb CHECK (event IS NULL OR jsonb_typeof(event) = 'object');

-- A call is one row: its id (the case file's id for a call) is unique within its case.
CREATE UNIQUE INDEX IF NOT EXISTS call_log_call ON overturn.call_log (case_id, (entry ->> 'id'));

-- Reviewers keep the call log: they may also remove a call logged by mistake (audited like any change to it).
GRANT DELETE ON overturn.call_log TO overturn_reviewer;

-- A call changes what the case adds to the payer report (its peer-to-peer counts), rewritten in the transaction that
-- writes the call: reviewers rewrite a case's rows as clinicians do, DELETE and INSERT, never UPDATE.
GRANT INSERT, DELETE ON overturn.denial_fact, overturn.denial_reason_fact, overturn.case_outcome_fact
    TO overturn_reviewer;

INSERT INTO overturn.schema_version (version) VALUES (4) ON CONFLICT (version) DO NOTHING;
