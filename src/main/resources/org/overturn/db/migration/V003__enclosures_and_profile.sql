-- Version 2: the documents kept with a case (enclosures the clinician adds, and the frozen copy of each packet
-- sent), and the practice profile used on letterheads. A document's description lives in the case document
-- (docs/case-format.md); its bytes live here, checked against their SHA-256 when read.

CREATE TABLE case_document (
    id          TEXT PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('enclosure', 'submission')),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    bytes       BLOB NOT NULL
);

CREATE INDEX case_document_case ON case_document (case_id);

CREATE TABLE practice_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    doc             TEXT NOT NULL CHECK (json_valid(doc)),
    logo_name       TEXT,
    logo            BLOB,
    signature_name  TEXT,
    signature       BLOB
);
