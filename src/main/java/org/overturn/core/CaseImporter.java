package org.overturn.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.store.CaseStore;
import org.overturn.domain.store.DocumentStore;
import org.overturn.persistence.json.ImportedCase;

/**
 * Imports a case file: analyses the current denial's rationale when the file holds no analysis of
 * it (so the statements and drafted rebuttal rows are there on first opening), then stores the case
 * with its payer through the case store's port, whichever store it is. A rationale the analysis
 * cannot parse imports with no statements.
 */
public final class CaseImporter {

    private final CaseStore cases;
    private final ReferenceData reference;
    private final Clock clock;

    public CaseImporter(CaseStore cases, ReferenceData reference, Clock clock) {
        this.cases = cases;
        this.reference = reference;
        this.clock = clock;
    }

    public CaseFile importCase(ImportedCase imported) {
        return importCase(imported, Optional.empty());
    }

    /**
     * The case this same file made when it was imported before, if any (File → Import asks, {@code
     * case import} refuses unless told to import it again).
     */
    public Optional<Long> importedBefore(InputFiles.CaseRead read) {
        return cases.importedFrom(read.sha256());
    }

    /**
     * A case file read and checked from disk, stored with the SHA-256 of its text (File → Import,
     * {@code case import}).
     */
    public CaseFile importCase(InputFiles.CaseRead read) {
        return importCase(read.imported(), Optional.of(read.sha256()));
    }

    /**
     * A new case made in the app (from a denial letter): stored with its denial analysed, as an
     * import's is.
     */
    public CaseFile create(CaseFile c) {
        return importCase(new ImportedCase(c, Optional.empty()));
    }

    /** As above, recording the SHA-256 of the file the case came from with the case. */
    public CaseFile importCase(ImportedCase imported, Optional<String> sourceSha256) {
        CaseFile analysed =
                reference
                        .denialAnalysis()
                        .analyseUnanalysed(imported.caseFile(), LocalDate.now(clock));
        return cases.importCase(analysed, imported.payer(), sourceSha256);
    }

    /**
     * A case from a bundle with its documents, analysed as any imported case is, stored in one
     * transaction.
     */
    public CaseFile importWithDocuments(
            ImportedCase imported,
            Optional<String> sourceSha256,
            List<DocumentStore.Document> documents) {
        CaseFile analysed =
                reference
                        .denialAnalysis()
                        .analyseUnanalysed(imported.caseFile(), LocalDate.now(clock));
        return cases.importWithDocuments(analysed, imported.payer(), sourceSha256, documents);
    }
}
