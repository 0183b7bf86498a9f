package org.overturn.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.report.CaseFacts;

/**
 * Writes a case's {@link CaseFacts} into the payer report's tables, replacing what was there: on
 * every save of the case, in the save's own transaction, and for every stored case when the tables
 * are made. The same rows in both stores (local version 8, shared version 3); only the {@link
 * FactsDialect} differs.
 */
public final class CaseFactsTables {

    private CaseFactsTables() {}

    /** Writes the facts into the local store's tables. */
    static void write(Connection conn, long caseId, CaseFacts f) throws SQLException {
        write(conn, caseId, f, FactsDialect.SQLITE);
    }

    /** Replaces the case's facts rows with {@code f}'s, in the caller's transaction. */
    public static void write(Connection conn, long caseId, CaseFacts f, FactsDialect dialect)
            throws SQLException {
        for (String table :
                new String[] {"denial_fact", "denial_reason_fact", "case_outcome_fact"}) {
            try (PreparedStatement ps =
                    conn.prepareStatement(
                            "DELETE FROM " + dialect.table(table) + " WHERE case_id = ?")) {
                ps.setLong(1, caseId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement denial =
                        conn.prepareStatement(
                                "INSERT INTO "
                                        + dialect.table("denial_fact")
                                        + " (case_id, seq, denied_on, level_of_care,"
                                        + " denial_type, criteria_set, reviewer, billed_cents)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement reason =
                        conn.prepareStatement(
                                "INSERT INTO "
                                        + dialect.table("denial_reason_fact")
                                        + " (case_id, seq, reason) VALUES (?, ?, ?)")) {
            int seq = 0;
            for (CaseFacts.DenialFact d : f.denials()) {
                denial.setLong(1, caseId);
                denial.setInt(2, seq);
                dialect.day(denial, 3, d.deniedOn());
                denial.setString(4, d.levelOfCare().id());
                denial.setString(5, d.denialType().id());
                denial.setString(6, d.criteriaSet().id());
                denial.setString(7, d.reviewer().id());
                denial.setLong(8, d.billedCents());
                denial.addBatch();
                for (DenialReason r : d.reasons()) {
                    reason.setLong(1, caseId);
                    reason.setInt(2, seq);
                    reason.setString(3, r.id());
                    reason.addBatch();
                }
                seq++;
            }
            denial.executeBatch();
            reason.executeBatch();
        }
        try (PreparedStatement outcome =
                conn.prepareStatement(
                        "INSERT INTO "
                                + dialect.table("case_outcome_fact")
                                + " (case_id, first_denied_on, p2p_calls,"
                                + " p2p_honoured, p2p_not_honoured, resolution, days_to_decision,"
                                + " billed_cents, recovered_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            outcome.setLong(1, caseId);
            dialect.day(outcome, 2, f.firstDeniedOn());
            outcome.setInt(3, f.p2pCalls());
            outcome.setInt(4, f.p2pHonoured());
            outcome.setInt(5, f.p2pNotHonoured());
            outcome.setString(6, f.resolution().id());
            if (f.daysToDecision().isPresent()) {
                outcome.setInt(7, f.daysToDecision().get());
            } else {
                outcome.setNull(7, Types.INTEGER);
            }
            outcome.setLong(8, f.billedCents());
            outcome.setLong(9, f.recoveredCents());
            outcome.executeUpdate();
        }
    }
}
