package org.overturn.persistence.json;

import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;

/**
 * A case read from a file, with the payer it names (matched to the directory, or added to it, on
 * import).
 */
public record ImportedCase(CaseFile caseFile, Optional<Payer> payer) {}
