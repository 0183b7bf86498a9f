-- Version 2 of the shared store (issue 18, ADR 0019): the Cases list's columns beside each case document, and the
-- SHA-256 of the file each imported case came from. Run by `overturn store init` after V001, in the same transaction;
-- every statement can run again.

-- Copied from the document by the program at each save, as the local store does, so the Cases list reads columns
-- and no document. The payer's name is read through payer_id, so renaming a payer renames it in every row.
ALTER TABLE overturn.case_file
    ADD COLUMN IF NOT EXISTS payer_id            bigint REFERENCES overturn.payer (id) ON DELETE SET NULL,
    ADD COLUMN IF NOT EXISTS patient_name        text,
    ADD COLUMN IF NOT EXISTS plan_type           text,
    ADD COLUMN IF NOT EXISTS level_of_care       text,
    ADD COLUMN IF NOT EXISTS status              text,
    ADD COLUMN IF NOT EXISTS denial_date         date,
    ADD COLUMN IF NOT EXISTS next_deadline_due   text,
    ADD COLUMN IF NOT EXISTS next_deadline_id    text,
    ADD COLUMN IF NOT EXISTS next_deadline_label text;
CREATE INDEX IF NOT EXISTS case_file_payer ON overturn.case_file (payer_id);

-- Written in the same transaction as the imported case, so an import that committed but was killed before it could
-- say so is recognised when the same file is imported again. The first case imported from a file keeps the row.
CREATE TABLE IF NOT EXISTS overturn.import_source (
    sha256      text        PRIMARY KEY CHECK (length(sha256) = 64),
    case_id     bigint      NOT NULL REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text        NOT NULL DEFAULT session_user
);
CREATE INDEX IF NOT EXISTS import_source_case ON overturn.import_source (case_id);

-- Reviewers read it; clinicians (and so admins) also record imports. It goes with its case, by the cascade.
REVOKE ALL ON overturn.import_source FROM PUBLIC;
GRANT SELECT ON overturn.import_source TO overturn_reviewer;
GRANT INSERT ON overturn.import_source TO overturn_clinician;

INSERT INTO overturn.schema_version (version) VALUES (2) ON CONFLICT (version) DO NOTHING;
