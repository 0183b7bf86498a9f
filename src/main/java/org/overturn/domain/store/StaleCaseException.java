package org.overturn.domain.store;

import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;

/**
 * A save refused because someone else saved or deleted the case after it was opened: nothing was
 * overwritten. It carries the case as it is stored now, so a screen can show both versions and ask
 * which to keep.
 */
public final class StaleCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long caseId;
    private final transient Optional<CaseFile> stored;

    /**
     * @param stored the case as stored now; empty when it was deleted
     */
    public StaleCaseException(long caseId, Optional<CaseFile> stored) {
        super(
                stored.isPresent()
                        ? "Case "
                                + caseId
                                + " was saved by someone else after you opened it; your changes"
                                + " were not saved."
                        : "Case "
                                + caseId
                                + " was deleted by someone else after you opened it; your changes"
                                + " were not saved.");
        this.caseId = caseId;
        this.stored = stored;
    }

    public long caseId() {
        return caseId;
    }

    /** The case as stored now; empty when it was deleted. */
    public Optional<CaseFile> stored() {
        return stored == null ? Optional.empty() : stored;
    }
}
