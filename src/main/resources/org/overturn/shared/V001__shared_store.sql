-- The shared case store on PostgreSQL 15 or newer (issue 18, ADR 0019), first version: run by `overturn store init`
-- as the database's owner, in one transaction. Every statement can run again: a second init changes nothing.
-- What the database enforces itself, whatever program connects:
--   * who may do what, by group role (overturn_reviewer, overturn_clinician, overturn_admin) and grants;
--   * the audit: a trigger writes who changed which case, when, and the names of the sections changed (never their
--     values); nobody may change or delete an audit row;
--   * saves over a newer version are refused: each update of a case must carry the stored version plus one;
--   * every change to a case is announced on the channel overturn_case (LISTEN), with the case's id.

CREATE SCHEMA IF NOT EXISTS overturn;

CREATE TABLE IF NOT EXISTS overturn.schema_version (
    version    integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row a case: the case file (docs/case-format.md) as JSON, and its version for optimistic locking.
CREATE TABLE IF NOT EXISTS overturn.case_file (
    id         bigserial PRIMARY KEY,
    version    bigint      NOT NULL DEFAULT 1 CHECK (version >= 1),
    document   jsonb       NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text        NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text        NOT NULL DEFAULT session_user
);

-- Enclosed records and the frozen copy of each packet sent (role 'enclosure' or 'submission').
CREATE TABLE IF NOT EXISTS overturn.case_document (
    id         text        PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    role       text        NOT NULL CHECK (role IN ('enclosure', 'submission')),
    file_name  text        NOT NULL,
    sha256     text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content    bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text        NOT NULL DEFAULT session_user
);
CREATE INDEX IF NOT EXISTS case_document_case ON overturn.case_document (case_id);

-- The peer-to-peer call log: its own table, so a reviewer may write calls without the right to edit the case.
CREATE TABLE IF NOT EXISTS overturn.call_log (
    id         bigserial   PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES overturn.case_file (id) ON DELETE CASCADE,
    entry      jsonb       NOT NULL CHECK (jsonb_typeof(entry) = 'object'),
    written_at timestamptz NOT NULL DEFAULT now(),
    written_by text        NOT NULL DEFAULT session_user
);
CREATE INDEX IF NOT EXISTS call_log_case ON overturn.call_log (case_id);

-- The payer directory, kept by admins.
CREATE TABLE IF NOT EXISTS overturn.payer (
    id      bigserial PRIMARY KEY,
    version bigint    NOT NULL DEFAULT 1,
    entry   jsonb     NOT NULL CHECK (jsonb_typeof(entry) = 'object')
);

-- Written only by the triggers below. Section names, never values: no health information is copied here.
CREATE TABLE IF NOT EXISTS overturn.audit (
    id         bigserial   PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user    text        NOT NULL,
    case_id    bigint,
    table_name text        NOT NULL,
    action     text        NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    sections   text[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS audit_case ON overturn.audit (case_id, at);

-- The top-level keys whose values differ between two case documents (added, removed or changed).
CREATE OR REPLACE FUNCTION overturn.changed_sections(before jsonb, after jsonb) RETURNS text[]
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(k ORDER BY k), '{}')
    FROM (SELECT key AS k FROM jsonb_each(coalesce(after, '{}'::jsonb)) a
          WHERE coalesce(before, '{}'::jsonb) -> a.key IS DISTINCT FROM a.value
          UNION
          SELECT key FROM jsonb_each(coalesce(before, '{}'::jsonb)) b
          WHERE NOT coalesce(after, '{}'::jsonb) ? b.key) keys
$$;

-- Runs as its owner (SECURITY DEFINER), so users who may not write the audit table still leave their rows in it;
-- session_user is the person's own login role.
CREATE OR REPLACE FUNCTION overturn.write_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    the_case bigint;
    changed  text[];
BEGIN
    IF TG_TABLE_NAME = 'case_file' THEN
        IF TG_OP = 'DELETE' THEN
            the_case := OLD.id;
            changed := '{}';
        ELSIF TG_OP = 'INSERT' THEN
            the_case := NEW.id;
            changed := overturn.changed_sections(NULL, NEW.document);
        ELSE
            the_case := NEW.id;
            changed := overturn.changed_sections(OLD.document, NEW.document);
        END IF;
    ELSE
        -- Each record's fields are read in its own branch: PL/pgSQL plans a field of OLD or NEW per table.
        IF TG_OP = 'DELETE' THEN
            the_case := OLD.case_id;
        ELSE
            the_case := NEW.case_id;
        END IF;
        IF TG_TABLE_NAME = 'call_log' THEN
            changed := ARRAY['calls'];
        ELSIF TG_OP = 'DELETE' THEN
            changed := ARRAY['documents:' || OLD.role];
        ELSE
            changed := ARRAY['documents:' || NEW.role];
        END IF;
    END IF;
    INSERT INTO overturn.audit (db_user, case_id, table_name, action, sections)
    VALUES (session_user, the_case, TG_TABLE_NAME, TG_OP, changed);
    PERFORM pg_notify('overturn_case', coalesce(the_case::text, ''));
    RETURN NULL;
END
$$;

-- A save must be made from the version stored: the update carries that version plus one, or it is refused with
-- SQLSTATE OV409 and the versions, so the program can show the person what changed and let them choose.
CREATE OR REPLACE FUNCTION overturn.check_version() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.version = OLD.version AND NEW.document IS NOT DISTINCT FROM OLD.document THEN
        -- Not a save of the case but a change the database makes itself (the payer it named was deleted, so its
        -- payer_id goes): nothing to check, and the case keeps who last saved it.
        RETURN NEW;
    END IF;
    IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
        RAISE EXCEPTION 'case % was saved by someone else: version % is stored, this save was made from version %',
            OLD.id, OLD.version, NEW.version - 1
            USING ERRCODE = 'OV409';
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS case_file_version ON overturn.case_file;
CREATE TRIGGER case_file_version BEFORE UPDATE ON overturn.case_file
    FOR EACH ROW EXECUTE FUNCTION overturn.check_version();
DROP TRIGGER IF EXISTS case_file_audit ON overturn.case_file;
CREATE TRIGGER case_file_audit AFTER INSERT OR UPDATE OR DELETE ON overturn.case_file
    FOR EACH ROW EXECUTE FUNCTION overturn.write_audit();
DROP TRIGGER IF EXISTS case_document_audit ON overturn.case_document;
CREATE TRIGGER case_document_audit AFTER INSERT OR UPDATE OR DELETE ON overturn.case_document
    FOR EACH ROW EXECUTE FUNCTION overturn.write_audit();
DROP TRIGGER IF EXISTS call_log_audit ON overturn.call_log;
CREATE TRIGGER call_log_audit AFTER INSERT OR UPDATE OR DELETE ON overturn.call_log
    FOR EACH ROW EXECUTE FUNCTION overturn.write_audit();

-- Group roles; people log in as their own roles, made members of one of these by an admin.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overturn_reviewer') THEN
        CREATE ROLE overturn_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overturn_clinician') THEN
        CREATE ROLE overturn_clinician NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'overturn_admin') THEN
        CREATE ROLE overturn_admin NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA overturn FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA overturn FROM PUBLIC;
REVOKE ALL ON SCHEMA overturn FROM PUBLIC;
REVOKE ALL ON FUNCTION overturn.write_audit() FROM PUBLIC;
GRANT USAGE ON SCHEMA overturn TO overturn_reviewer, overturn_clinician, overturn_admin;

-- Reviewers read everything and keep the call log.
GRANT SELECT ON overturn.case_file, overturn.case_document, overturn.payer, overturn.call_log, overturn.audit,
    overturn.schema_version TO overturn_reviewer;
GRANT INSERT, UPDATE ON overturn.call_log TO overturn_reviewer;
GRANT USAGE ON SEQUENCE overturn.call_log_id_seq TO overturn_reviewer;

-- Clinicians also write cases and their documents.
GRANT overturn_reviewer TO overturn_clinician;
GRANT INSERT, UPDATE ON overturn.case_file, overturn.case_document TO overturn_clinician;
GRANT DELETE ON overturn.case_document TO overturn_clinician;
GRANT USAGE ON SEQUENCE overturn.case_file_id_seq TO overturn_clinician;

-- Admins also keep the payer directory and may delete a case.
GRANT overturn_clinician TO overturn_admin;
GRANT INSERT, UPDATE, DELETE ON overturn.payer TO overturn_admin;
GRANT DELETE ON overturn.case_file, overturn.call_log TO overturn_admin;
GRANT USAGE ON SEQUENCE overturn.payer_id_seq TO overturn_admin;

INSERT INTO overturn.schema_version (version) VALUES (1) ON CONFLICT (version) DO NOTHING;
