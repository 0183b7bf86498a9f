package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.overturn.core.SampleCases;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.CaseSections;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DecisionOutcome;

/**
 * The shared store's audit records the stored case document's top-level keys (issue 18): every key
 * a stored case can have is named by {@link CaseSections}, so the Timeline's changes by people name
 * each part as people know it, never a key.
 */
class StoredSectionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CaseJson json = new CaseJson();

    @Test
    void everyTopLevelKeyOfAStoredCaseIsASectionsKey() throws Exception {
        Set<String> keys = new TreeSet<>();
        for (SampleCases.Sample s : SampleCases.ALL) {
            CaseFile c = json.read(SampleCases.text(s)).caseFile().withId(7);
            // The parts written only when they hold something, filled so that their keys appear.
            CaseFile full =
                    c.withRepresentative(
                                    Optional.of(
                                            new AuthorizedRepresentative(
                                                    "A Representative", "parent", true)))
                            .withDecisions(
                                    List.of(
                                            new Decision(
                                                    LocalDate.of(2026, 11, 2),
                                                    DecisionLevel.INTERNAL,
                                                    DecisionOutcome.UPHELD)));
            MAPPER.readTree(json.toStored(full)).fieldNames().forEachRemaining(keys::add);
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(CaseSections.keys());
        for (String key : keys) {
            assertThat(CaseSections.named(key)).as(key).isPresent();
        }
    }
}
