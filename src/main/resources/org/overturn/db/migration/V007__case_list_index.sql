-- Version 7: the Cases list read from an index alone. The list's columns added by versions 2 and 4 sit after the
-- case document in each row, so listing every case walked each document's overflow pages to reach them. This index
-- holds every column the list shows, in the list's order, so the list reads no case document (a covering index).

CREATE INDEX case_file_list ON case_file (
    id, patient_name, payer_id, plan_type, level_of_care, status, denial_date, updated_at,
    next_deadline_id, next_deadline_label, next_deadline_due
);
