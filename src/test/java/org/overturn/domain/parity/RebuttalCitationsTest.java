package org.overturn.domain.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.citations.Enforcement;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.RebuttalArgument;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.RebuttalDataLoader;

/**
 * The rebuttal and parity data cite only entries the library holds, and the entries carry their
 * limits.
 */
class RebuttalCitationsTest {

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();
    private static final List<String> PREFIXES =
            List.of("mhpaea-", "parity-", "erisa-disclosure-", "state-", "case-");

    private static List<Citation> ours() {
        return LIBRARY.all().stream()
                .filter(c -> PREFIXES.stream().anyMatch(c.id()::startsWith))
                .toList();
    }

    @Test
    void everyEntryLoadsWithASourceAndOneOfOurPrefixes() {
        assertThat(ours()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ours()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
    }

    @Test
    void everyCitationIdTheRebuttalDataAndParityCodeNameExists() {
        List<String> referenced = new ArrayList<>(ParityCitations.all());
        PatternCatalogue catalogue = RebuttalDataLoader.loadPatternCatalogue();
        catalogue.arguments().stream()
                .map(RebuttalArgument::citationIds)
                .forEach(referenced::addAll);
        RebuttalDataLoader.loadStateCriteriaLookup()
                .rules()
                .forEach(r -> referenced.add(r.citationId()));
        assertThat(referenced)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(LIBRARY.contains(id)).as(id).isTrue());
    }

    @Test
    void the2024RuleIsNotEnforcedAndWitIsPersuasiveWithNoPlanReach() {
        assertThat(LIBRARY.get("mhpaea-2024-final-rule").enforcement())
                .isEqualTo(Enforcement.NOT_ENFORCED);
        Citation wit = LIBRARY.get("case-wit-ubh-2019");
        assertThat(wit.enforcement()).isEqualTo(Enforcement.PERSUASIVE);
        assertThat(wit.planTypes()).isEmpty();
    }

    @Test
    void applicabilityFollowsPlanTypeAndDate() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        assertThat(ids(LIBRARY.applicable(PlanType.ERISA_SELF_FUNDED, on)))
                .contains(
                        "mhpaea-statute",
                        "erisa-disclosure-relevant-documents",
                        "mhpaea-caa-2021-comparative-analysis")
                .doesNotContain(
                        "state-ca-sb855",
                        "mhpaea-medicaid-subpart-k",
                        "mhpaea-governmental-optout-ended");
        assertThat(ids(LIBRARY.applicable(PlanType.MEDICAID_MCO, on)))
                .contains("mhpaea-medicaid-subpart-k", "state-or-414-766")
                .doesNotContain("erisa-disclosure-relevant-documents");
        assertThat(ids(LIBRARY.applicable(PlanType.ERISA_INSURED, LocalDate.of(2025, 12, 31))))
                .doesNotContain("state-il-134-87");
        assertThat(ids(LIBRARY.applicable(PlanType.ERISA_INSURED, LocalDate.of(2026, 1, 1))))
                .contains("state-il-134-87");
        assertThat(ids(LIBRARY.applicable(PlanType.ERISA_SELF_FUNDED, LocalDate.of(2020, 6, 1))))
                .doesNotContain("mhpaea-caa-2021-comparative-analysis");
        assertThat(ids(LIBRARY.applicable(PlanType.MEDICARE_ADVANTAGE, on)))
                .noneMatch(id -> id.startsWith("mhpaea-"));
    }

    @Test
    void unverifiedEntriesAreNeverApplicableByDefault() {
        assertThat(LIBRARY.get("mhpaea-medicaid-438-915").verification())
                .isEqualTo(Verification.UNVERIFIED);
        for (PlanType t : PlanType.values()) {
            assertThat(LIBRARY.applicable(t, LocalDate.of(2026, 3, 1)))
                    .noneMatch(c -> c.verification() == Verification.UNVERIFIED);
        }
    }

    private static List<String> ids(List<Citation> cs) {
        return cs.stream().map(Citation::id).toList();
    }
}
