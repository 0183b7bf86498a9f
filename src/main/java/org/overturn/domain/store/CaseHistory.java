package org.overturn.domain.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who did what to a case (issue 18): the shared store's audit, which the database itself writes
 * with each change, naming the login and the sections changed, never their values. The local store
 * keeps no such record (one person per computer; its activity log is about files, not edits): its
 * history is {@link #NONE}, which says it keeps none rather than inventing entries.
 */
public interface CaseHistory {

    /** What a change did. */
    enum Kind {
        CASE_ADDED,
        CASE_CHANGED,
        CASE_DELETED,
        DOCUMENT_ADDED,
        DOCUMENT_REPLACED,
        DOCUMENT_REMOVED,
        CALL_LOGGED,
        CALL_CHANGED,
        CALL_REMOVED
    }

    /**
     * One change.
     *
     * @param at when the database recorded it
     * @param login the database login that made it
     * @param sections the names of the parts of the case changed ({@link
     *     org.overturn.domain.casefile.CaseSections}), in the workspace's order; for a document or
     *     a call, empty
     * @param document for a document added, replaced or removed: what it is for
     */
    record Entry(
            Instant at,
            String login,
            Kind kind,
            List<String> sections,
            Optional<DocumentStore.Role> document) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(kind, "kind");
            sections = List.copyOf(sections);
            Objects.requireNonNull(document, "document");
        }
    }

    /** Whether this store records who changed what; false for the local store. */
    boolean kept();

    /**
     * The case's newest changes, newest first; empty when this store keeps none.
     *
     * @param newest how many at most
     */
    List<Entry> of(long caseId, int newest);

    /** The local store's: it records no change by person, and says so. */
    CaseHistory NONE =
            new CaseHistory() {
                @Override
                public boolean kept() {
                    return false;
                }

                @Override
                public List<Entry> of(long caseId, int newest) {
                    return List.of();
                }
            };
}
