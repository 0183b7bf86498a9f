package org.overturn.domain.intake;

/** What the reader looks for in a denial letter, in the order a form shows them. */
public enum Field {
    PATIENT_NAME,
    DATE_OF_BIRTH,
    MEMBER_ID,
    PLAN_TYPE,
    PAYER,
    NOTICE_DATE,
    DENIAL_TYPE,
    URGENT,
    LEVEL_OF_CARE,
    CRITERIA_SET,
    REVIEWER,
    REVIEWER_CREDENTIALS,
    AUTHORIZATION_NUMBER,
    CLAIM_NUMBER,
    REFERENCE_NUMBER,
    UNIT_KIND,
    UNITS_REQUESTED,
    UNITS_DENIED,
    START_DATE,
    END_DATE,
    LAST_COVERED_DAY,
    RATIONALE
}
