package org.overturn.domain.store;

import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CaseSummary;

/**
 * Where cases are kept (the local SQLite file): the port the screens and commands use, through
 * {@code core}, so that none of them depends on how the cases are stored.
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
}
