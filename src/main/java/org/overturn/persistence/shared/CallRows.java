package org.overturn.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.persistence.json.CaseJson;

/**
 * How the shared store keeps a case's peer-to-peer calls (schema version 4, ADR 0019): one row of
 * {@code overturn.call_log} a call, its {@code entry} the call in the case file's shape and its
 * {@code event} the call's timeline entry ({@code "call-"} and the call's id) when the case has
 * one. The case document holds neither, so logging a call leaves it alone.
 */
final class CallRows {

    private CallRows() {}

    /** A call as stored: its row, the call and its timeline entry. */
    record Row(long rowId, CallLog call, Optional<TimelineEvent> event) {}

    /** A case cut in two: the document without its calls, and each call with its entry. */
    record Split(CaseFile document, List<Call> calls) {}

    /** A call and its timeline entry, as one row holds them. */
    record Call(CallLog call, Optional<TimelineEvent> event) {}

    static String eventId(CallLog c) {
        return "call-" + c.id();
    }

    /** The case without its calls and their timeline entries, and the calls with theirs. */
    static Split split(CaseFile c) {
        Map<String, TimelineEvent> events =
                c.timeline().stream()
                        .collect(
                                Collectors.toMap(
                                        TimelineEvent::id,
                                        e -> e,
                                        (a, b) -> a,
                                        LinkedHashMap::new));
        List<Call> calls = new ArrayList<>();
        Set<String> callEvents =
                c.calls().stream().map(CallRows::eventId).collect(Collectors.toSet());
        for (CallLog call : c.calls()) {
            calls.add(new Call(call, Optional.ofNullable(events.get(eventId(call)))));
        }
        List<TimelineEvent> rest =
                c.timeline().stream().filter(e -> !callEvents.contains(e.id())).toList();
        return new Split(c.withCalls(List.of()).withTimeline(rest), calls);
    }

    /** The case as the person sees it: the document with the calls and their entries put back. */
    static CaseFile join(CaseFile document, List<Row> rows) {
        List<TimelineEvent> timeline = new ArrayList<>(document.timeline());
        List<CallLog> calls = new ArrayList<>();
        for (Row r : rows) {
            calls.add(r.call());
            r.event().ifPresent(timeline::add);
        }
        return document.withCalls(calls).withTimeline(timeline);
    }

    /** The rows of a case's calls, in the order they were logged. */
    static List<Row> read(Connection conn, CaseJson json, long caseId) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "SELECT id, entry::text, event::text FROM overturn.call_log"
                                + " WHERE case_id = ? ORDER BY id")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(3);
                    out.add(
                            new Row(
                                    rs.getLong(1),
                                    json.fromStoredPart(rs.getString(2), CallLog.class),
                                    event == null
                                            ? Optional.empty()
                                            : Optional.of(
                                                    json.fromStoredPart(
                                                            event, TimelineEvent.class))));
                }
            }
        }
        return out;
    }

    /** Adds a call to a case; its row id. */
    static long insert(Connection conn, CaseJson json, long caseId, Call c) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "INSERT INTO overturn.call_log (case_id, entry, event)"
                                + " VALUES (?, ?::jsonb, ?::jsonb) RETURNING id")) {
            ps.setLong(1, caseId);
            ps.setString(2, json.toStoredPart(c.call()));
            ps.setString(3, c.event().map(json::toStoredPart).orElse(null));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Changes a call, only if its row still holds what was read ({@code before}); false when
     * someone else changed or removed it since.
     */
    static boolean update(Connection conn, CaseJson json, Row before, Call after)
            throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "UPDATE overturn.call_log SET entry = ?::jsonb, event = ?::jsonb,"
                                + " written_at = now(), written_by = session_user"
                                + " WHERE id = ? AND entry = ?::jsonb AND event IS NOT DISTINCT FROM ?::jsonb")) {
            ps.setString(1, json.toStoredPart(after.call()));
            ps.setString(2, after.event().map(json::toStoredPart).orElse(null));
            ps.setLong(3, before.rowId());
            ps.setString(4, json.toStoredPart(before.call()));
            ps.setString(5, before.event().map(json::toStoredPart).orElse(null));
            return ps.executeUpdate() == 1;
        }
    }

    /** Removes a call, only if its row still holds what was read; false otherwise. */
    static boolean delete(Connection conn, CaseJson json, Row before) throws SQLException {
        try (PreparedStatement ps =
                conn.prepareStatement(
                        "DELETE FROM overturn.call_log WHERE id = ? AND entry = ?::jsonb"
                                + " AND event IS NOT DISTINCT FROM ?::jsonb")) {
            ps.setLong(1, before.rowId());
            ps.setString(2, json.toStoredPart(before.call()));
            ps.setString(3, before.event().map(json::toStoredPart).orElse(null));
            return ps.executeUpdate() == 1;
        }
    }
}
