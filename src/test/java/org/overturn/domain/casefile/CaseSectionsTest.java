package org.overturn.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Patient;

class CaseSectionsTest {

    private static final CaseFile CASE =
            CaseFile.newCase(
                    new Patient(
                            "Test Patient",
                            Optional.of(LocalDate.of(1990, 1, 5)),
                            "M-1",
                            "G-1",
                            "NY"));

    @Test
    void everyPartOfACaseButItsIdIsASection() {
        // A part added to the case must be named here, or a conflict would hide it.
        assertThat(CaseSections.count()).isEqualTo(CaseFile.class.getRecordComponents().length - 1);
    }

    @Test
    void everyPartOfACaseIsNamedByTheKeyItIsStoredUnder() {
        // The stored document's top-level keys are the record's parts' names (see CaseJson), so
        // each part's key names a section: the audit's keys are all shown by their names.
        List<String> parts =
                Arrays.stream(CaseFile.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .filter(n -> !n.equals("id"))
                        .toList();
        assertThat(CaseSections.keys()).containsExactlyElementsOf(parts);
        for (String key : parts) {
            assertThat(CaseSections.named(key)).as(key).isPresent();
        }
        assertThat(CaseSections.named("id")).isEmpty();
    }

    @Test
    void keysAreNamedInTheWorkspacesOrderAndAnUnknownKeyIsKeptAsItIs() {
        assertThat(CaseSections.named(List.of("rebuttal", "status", "disclosureRequests")))
                .containsExactly("Status", "Records requests", "Rebuttal");
        assertThat(CaseSections.named(List.of("somethingNewer", "calls")))
                .containsExactly("Peer-to-peer calls", "somethingNewer");
        assertThat(CaseSections.named(List.of())).isEmpty();
    }

    @Test
    void namesOnlyTheSectionsThatDifferInTheWorkspacesOrder() {
        CaseFile other =
                CASE.withStatus(CaseStatus.APPEAL_FILED)
                        .withPatient(
                                new Patient(
                                        "Other Name",
                                        Optional.of(LocalDate.of(1990, 1, 5)),
                                        "M-1",
                                        "G-1",
                                        "NY"));
        assertThat(CaseSections.differing(CASE, other)).containsExactly("Status", "Patient");
        assertThat(CaseSections.differing(CASE, CASE)).isEmpty();
        // The id is not a section: the same content under another number differs in nothing.
        assertThat(CaseSections.differing(CASE.withId(1), CASE.withId(2))).isEmpty();
    }
}
