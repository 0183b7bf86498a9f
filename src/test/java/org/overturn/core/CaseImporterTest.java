package org.overturn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.RebuttalCoverage;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.persistence.MutableClock;
import org.overturn.persistence.json.ImportedCase;

class CaseImporterTest {

    @TempDir Path dir;
    private CoreServices core;

    @BeforeEach
    void open() throws Exception {
        core =
                CoreServices.open(
                        new AppPaths(dir.resolve("data")), MutableClock.at("2026-11-20T09:00:00Z"));
    }

    private ImportedCase read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return core.caseJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aCaseWithOnlyARationaleIsStoredWithItsStatementsAndDraftedRows() throws Exception {
        ImportedCase imported = read("/org/overturn/core/rationale-only.json");
        assertThat(imported.caseFile().statements()).isEmpty();

        CaseFile stored = core.importer().importCase(imported);

        CaseFile found = core.cases().find(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.statements()).hasSize(4).noneMatch(StatementMapping::confirmed);
        assertThat(found.statements().get(2).patternIds()).containsExactly("lower-level-not-tried");
        assertThat(found.rebuttal())
                .extracting(RebuttalRow::id)
                .containsExactly("r-s2", "r-s3", "r-s4");
        assertThat(found.rebuttal().get(0).suggestion()).contains("CIWA-Ar 12, moderate (8–14)");
        assertThat(RebuttalCoverage.unanswered(found))
                .containsExactly(
                        "The member has not tried a less intensive level of care such as standard outpatient counseling.");
    }

    @Test
    void aCaseThatAlreadyHoldsStatementsIsStoredAsItCame() throws Exception {
        ImportedCase sample = core.caseJson().read(SampleCases.text(SampleCases.ALL.get(1)));
        CaseFile stored = core.importer().importCase(sample);
        assertThat(stored.statements()).isEqualTo(sample.caseFile().statements());
        assertThat(stored.rebuttal()).isEqualTo(sample.caseFile().rebuttal());
    }

    @Test
    void aRationaleTheAnalysisCannotReadImportsWithNoStatements() throws Exception {
        ImportedCase imported = read("/org/overturn/core/rationale-only.json");
        CaseFile noise = imported.caseFile().withDenial(withRationale(imported, ".... ;;;; ----"));
        CaseFile stored = core.importer().importCase(new ImportedCase(noise, imported.payer()));
        assertThat(stored.statements()).isEmpty();
        assertThat(stored.rebuttal()).isEqualTo(List.of());
    }

    private static Denial withRationale(ImportedCase c, String text) {
        var d = c.caseFile().currentDenial().orElseThrow();
        return new Denial(
                d.id(),
                d.noticeDate(),
                d.receivedAt(),
                d.receivedBy(),
                d.denialType(),
                d.urgent(),
                d.levelOfCare(),
                d.reasons(),
                d.admissionSubReasons(),
                d.criteriaSet(),
                d.criteriaVersion(),
                d.reviewerName(),
                d.reviewerCredentials(),
                d.authorizationNumber(),
                d.claimNumber(),
                d.referenceNumber(),
                d.unitKind(),
                d.unitsRequested(),
                d.unitsDenied(),
                d.hoursPerWeekRequested(),
                d.startDateRequested(),
                d.billedAmount(),
                text);
    }
}
