-- Version 2: each case's next open deadline beside it, so the Cases screen sorts by urgency without reading
-- documents. Written from the case on every save and import; existing rows are filled by the Java part of this
-- step (NextDeadlineMigration). Whether it is overdue is worked out when shown, from the due moment.
-- next_deadline_due is YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a clock counted in hours (local time).

ALTER TABLE case_file ADD COLUMN next_deadline_due TEXT;
ALTER TABLE case_file ADD COLUMN next_deadline_id TEXT;
ALTER TABLE case_file ADD COLUMN next_deadline_label TEXT;
