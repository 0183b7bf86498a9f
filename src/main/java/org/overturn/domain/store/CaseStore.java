package org.overturn.domain.store;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.domain.cases.Payer;

/**
 * Where cases are kept (the local SQLite file, or the shared store on PostgreSQL): the port the
 * screens and commands use, through {@code core}, so that none of them depends on how the cases are
 * stored.
 */
public interface CaseStore {

    /** Stores a new case and returns it with its id. */
    CaseFile create(CaseFile c);

    /** Stores several new cases in one transaction. */
    List<CaseFile> createAll(List<CaseFile> many);

    /** Replaces a stored case with this version of it. */
    void update(CaseFile c);

    Optional<CaseFile> find(long id);

    /** Removes a case with everything filed under it; false when there was none. */
    boolean delete(long id);

    int count();

    /** One line per case for the Cases list, newest first. */
    List<CaseSummary> summaries();

    /** The case already imported from a file with this SHA-256, if any. */
    Optional<Long> importedFrom(String sha256);

    /**
     * Stores a case read from a file, in one transaction: its payer matched to the directory by
     * name (ignoring case and surrounding spaces) or added to it, and the SHA-256 of the file it
     * came from, so a retry after a kill finds it ({@link #importedFrom}). The case's own payer id
     * is replaced by the directory's; without a payer it has none.
     *
     * @param payer the payer the file names, with its details; empty when it names none
     * @param sourceSha256 the SHA-256 of the file's text; empty for a case made in the app
     * @return the case as stored, with its id
     * @throws RuntimeException when the store refuses it (a payer the person may not add to a
     *     shared directory, for one); then nothing at all is stored
     */
    default CaseFile importCase(CaseFile c, Optional<Payer> payer, Optional<String> sourceSha256) {
        return importWithDocuments(c, payer, sourceSha256, List.of());
    }

    /**
     * As {@link #importCase}, with the case's documents (enclosures, frozen copies of what was
     * sent), all in one transaction: a case bundle lands whole or not at all.
     */
    CaseFile importWithDocuments(
            CaseFile c,
            Optional<Payer> payer,
            Optional<String> sourceSha256,
            List<DocumentStore.Document> documents);
}
