package org.overturn.domain.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What took health information out of the database. The codes are stored; never rename one (add a
 * new one instead).
 */
public enum AuditAction {
    PACKET_EXPORTED("packet-exported", true, "Appeal packet exported"),
    P2P_SHEET_EXPORTED("p2p-sheet-exported", true, "Peer-to-peer prep sheet exported"),
    P2P_SHEET_PRINTED("p2p-sheet-printed", true, "Peer-to-peer prep sheet printed"),
    REQUEST_LETTER_EXPORTED("request-letter-exported", true, "Request for documents exported"),
    CALENDAR_EXPORTED("calendar-exported", true, "Deadlines exported to a calendar file"),
    CASE_EXPORTED("case-exported", true, "Case exported as a case file"),
    SUBMISSION_RECORDED("submission-recorded", true, "Submission recorded"),
    BACKUP_WRITTEN("backup-written", false, "Backup written"),
    ENCRYPTED_BACKUP_WRITTEN("encrypted-backup-written", false, "Encrypted backup written"),
    RESTORED("restored", false, "Database restored from a backup"),
    PAYER_REPORT_EXPORTED("payer-report-exported", false, "Denials by payer report exported"),
    COMPLAINT_EXPORTED("complaint-exported", true, "Complaint or letter to the employer exported"),
    COMPLAINT_BUNDLE_EXPORTED(
            "complaint-bundle-exported", false, "Complaint about a payer across cases exported");

    private final String code;
    private final boolean aboutOneCase;
    private final String label;

    AuditAction(String code, boolean aboutOneCase, String label) {
        this.code = code;
        this.aboutOneCase = aboutOneCase;
        this.label = label;
    }

    /** What happened, in a few words, for Help → Activity and {@code overturn activity}. */
    public String label() {
        return label;
    }

    /** The stable text stored in the log. */
    public String code() {
        return code;
    }

    /**
     * True when the action concerns one case (and the log line names it); false for the whole
     * database.
     */
    public boolean aboutOneCase() {
        return aboutOneCase;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
