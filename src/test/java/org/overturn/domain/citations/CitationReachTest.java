package org.overturn.domain.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;
import org.overturn.persistence.CitationLoader;

/**
 * Every entry's citation text must be law that reaches every plan type it lists: ERISA, the Code
 * and 29 CFR reach employer plans only; 45 CFR 146/147 and the PHS Act never reach Medicare,
 * Medicaid, FEHB or TRICARE; each program's own regulations reach that program only. An entry split
 * by reach keeps its id for the ERISA text and a {@code -phsa} sibling for the PHS Act text.
 */
class CitationReachTest {

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();

    private static final Set<PlanType> ERISA =
            EnumSet.of(PlanType.ERISA_SELF_FUNDED, PlanType.ERISA_INSURED);
    private static final Set<PlanType> GOVERNMENT_PROGRAMS =
            EnumSet.of(
                    PlanType.MEDICARE_ADVANTAGE,
                    PlanType.MEDICARE_ORIGINAL,
                    PlanType.MEDICAID_MCO,
                    PlanType.MEDICAID_FFS,
                    PlanType.FEHB,
                    PlanType.TRICARE);

    /** A law named in a citation and the only plan types it may be cited for. */
    record Reach(String law, Pattern pattern, Set<PlanType> reaches) {
        static Reach of(String law, String regex, Set<PlanType> reaches) {
            return new Reach(law, Pattern.compile(regex), reaches);
        }
    }

    static final List<Reach> RULES =
            List.of(
                    Reach.of("29 CFR", "\\b29 CFR\\b", ERISA),
                    Reach.of("29 U.S.C.", "\\b29 U\\.S\\.C\\.", ERISA),
                    Reach.of("26 CFR", "\\b26 CFR\\b", ERISA),
                    Reach.of("26 U.S.C.", "\\b26 U\\.S\\.C\\.", ERISA),
                    Reach.of("ERISA", "\\bERISA\\b", ERISA),
                    Reach.of(
                            "45 CFR 146/147",
                            "\\b45 CFR (part )?14[67]\\b",
                            EnumSet.complementOf(EnumSet.copyOf(GOVERNMENT_PROGRAMS))),
                    Reach.of(
                            "PHS Act",
                            "\\bPHS Act\\b|\\b42 U\\.S\\.C\\. 300gg",
                            EnumSet.complementOf(EnumSet.copyOf(GOVERNMENT_PROGRAMS))),
                    Reach.of(
                            "42 CFR 438",
                            "\\b42 CFR (part )?438\\b",
                            EnumSet.of(PlanType.MEDICAID_MCO)),
                    Reach.of(
                            "42 CFR 431",
                            "\\b42 CFR (part )?431\\b",
                            EnumSet.of(PlanType.MEDICAID_MCO, PlanType.MEDICAID_FFS)),
                    Reach.of(
                            "42 CFR 422",
                            "\\b42 CFR (part )?422\\b",
                            EnumSet.of(PlanType.MEDICARE_ADVANTAGE)),
                    Reach.of(
                            "42 CFR 405",
                            "\\b42 CFR (part )?405\\b",
                            EnumSet.of(PlanType.MEDICARE_ORIGINAL)),
                    Reach.of(
                            "42 CFR 410",
                            "\\b42 CFR (part )?410\\b",
                            EnumSet.of(PlanType.MEDICARE_ORIGINAL, PlanType.MEDICARE_ADVANTAGE)),
                    Reach.of("5 CFR 890", "\\b5 CFR (part )?890\\b", EnumSet.of(PlanType.FEHB)),
                    Reach.of("FEHB", "\\bFEHB\\b", EnumSet.of(PlanType.FEHB)),
                    Reach.of(
                            "32 CFR 199",
                            "\\b32 CFR (part )?199\\b",
                            EnumSet.of(PlanType.TRICARE)));

    /** Why the entry's citation does not reach one of its plan types; empty when it does. */
    static List<String> violations(Citation c) {
        List<String> out = new ArrayList<>();
        for (Reach r : RULES) {
            if (!r.pattern().matcher(c.citation()).find()) {
                continue;
            }
            for (PlanType t : c.planTypes()) {
                if (!r.reaches().contains(t)) {
                    out.add(
                            c.id()
                                    + ": \""
                                    + c.citation()
                                    + "\" names "
                                    + r.law()
                                    + ", which does not reach "
                                    + t.id());
                }
            }
        }
        return out;
    }

    private static Citation entry(String id, String citation, PlanType... plans) {
        return new Citation(
                id,
                "t",
                citation,
                "s",
                "src",
                "US",
                CitationKind.REGULATION,
                List.of(plans),
                LocalDate.of(2020, 1, 1),
                Optional.empty(),
                Enforcement.ENFORCED,
                Verification.VERIFIED);
    }

    @Test
    void everyEntryCitesOnlyLawThatReachesEveryPlanTypeItLists() {
        List<String> all = new ArrayList<>();
        LIBRARY.all().forEach(c -> all.addAll(violations(c)));
        assertThat(all).isEmpty();
    }

    @Test
    void
            theCheckCatchesAnErisaCitationOfferedToAnIndividualPlanAndAMedicareRuleOfferedToMedicaid() {
        assertThat(
                        violations(
                                entry(
                                        "x",
                                        "29 U.S.C. 1185a; 42 U.S.C. 300gg-26",
                                        PlanType.ERISA_INSURED,
                                        PlanType.INDIVIDUAL)))
                .singleElement()
                .asString()
                .contains("29 U.S.C.")
                .contains("individual");
        assertThat(violations(entry("y", "42 CFR 422.584(c)(2)(ii)", PlanType.MEDICAID_MCO)))
                .hasSize(1);
        assertThat(violations(entry("z", "45 CFR 147.136(b)", PlanType.TRICARE))).hasSize(1);
        assertThat(violations(entry("ok", "42 CFR 2.32", PlanType.values()))).isEmpty();
    }

    @Test
    void anIndividualPlanIsNeverOfferedErisaOrCodeText() {
        for (PlanType t : List.of(PlanType.INDIVIDUAL, PlanType.GOVERNMENT_NONFEDERAL)) {
            assertThat(
                            LIBRARY.all().stream()
                                    .filter(c -> c.planTypes().contains(t))
                                    .map(Citation::citation))
                    .as(t.id())
                    .noneMatch(
                            s ->
                                    s.matches("(?s).*\\b(29|26) (CFR|U\\.S\\.C\\.).*")
                                            || s.contains("ERISA"));
        }
    }

    @Test
    void eachPhsaSiblingStandsBesideItsEntryAndTheyShareNoPlanType() {
        List<Citation> siblings =
                LIBRARY.all().stream().filter(c -> PhsaSibling.isSibling(c.id())).toList();
        assertThat(siblings).hasSizeGreaterThanOrEqualTo(18);
        for (Citation s : siblings) {
            Citation base =
                    LIBRARY.find(PhsaSibling.base(s.id()))
                            .orElseThrow(
                                    () -> new AssertionError(s.id() + " has no entry beside it"));
            assertThat(s.planTypes())
                    .as(s.id())
                    .containsAnyOf(PlanType.INDIVIDUAL, PlanType.GOVERNMENT_NONFEDERAL)
                    .doesNotContainAnyElementsOf(base.planTypes());
        }
    }

    @Test
    void forPlanFallsBackToTheSiblingOnlyWhenTheEntryDoesNotReachThePlan() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        assertThat(LIBRARY.forPlan("mhpaea-statute", PlanType.ERISA_INSURED, on))
                .get()
                .extracting(Citation::id)
                .isEqualTo("mhpaea-statute");
        assertThat(LIBRARY.forPlan("mhpaea-statute", PlanType.INDIVIDUAL, on))
                .get()
                .extracting(Citation::id)
                .isEqualTo("mhpaea-statute-phsa");
        assertThat(LIBRARY.forPlan("mhpaea-statute", PlanType.MEDICARE_ADVANTAGE, on)).isEmpty();
        assertThat(
                        LIBRARY.forPlan(
                                "medicare-iop-benefit",
                                PlanType.MEDICARE_ORIGINAL,
                                LocalDate.of(2023, 12, 31)))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "erisa-urgent-physician-certification | 29 CFR 2560.503-1(m)(1)(iii) | erisa-self-funded erisa-insured",
                "erisa-urgent-physician-certification-phsa | 45 CFR 147.136(b)(2)(ii)(B) | individual government-nonfederal",
                "erisa-concurrent-reduction-appealable | 29 CFR 2560.503-1(f)(2)(ii)(A) | erisa-self-funded erisa-insured",
                "erisa-concurrent-reduction-appealable-phsa | 45 CFR 147.136(b)(2)(iii) | individual government-nonfederal",
                "erisa-urgent-extension-24-hours | 29 CFR 2560.503-1(f)(2)(ii)(B) | erisa-self-funded erisa-insured",
                "erisa-urgent-extension-24-hours-phsa | 45 CFR 147.136(b)(2)(i) | individual government-nonfederal",
                "medicare-ma-expedite-physician | 42 CFR 422.584(c)(2)(ii) | medicare-advantage",
                "medicare-ma-payment-reconsideration | 42 CFR 422.590(b) | medicare-advantage",
                "medicare-ma-noncontract-provider-waiver | 42 CFR 422.574(b) | medicare-advantage",
                "medicare-ma-coverage-criteria | 42 CFR 422.101(b)(6) | medicare-advantage",
                "medicare-iop-benefit | 42 CFR 410.44 | medicare-advantage medicare-original",
                "medicaid-mco-expedite-provider | 42 CFR 438.410(a) | medicaid-mco",
                "medicaid-mco-reviewer-expertise | 42 CFR 438.210(b)(3) | medicaid-mco",
                "medicaid-mco-provider-consent | 42 CFR 438.402(c)(1)(ii) | medicaid-mco",
                "medicaid-ffs-fair-hearing-right | 42 CFR 431.220(a)(1); 431.221 | medicaid-ffs",
                "medicaid-ffs-continuation | 42 CFR 431.230 | medicaid-ffs",
                "fehb-urgent-appeal | FEHB plan brochure | fehb",
                "tricare-expedited-reconsideration | 32 CFR 199.10 | tricare",
                "medicare-redetermination-120-days | 42 CFR 405.942(a) | medicare-original",
            })
    void theIssue11EntriesExistWithTheirCitationAndPlanTypes(
            String id, String citation, String plans) {
        Citation c = LIBRARY.get(id);
        assertThat(c.citation()).startsWith(citation);
        assertThat(c.planTypes())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(plans.split(" "))
                                .map(p -> HasId.fromId(PlanType.class, p))
                                .toList());
        assertThat(c.citableByDefault()).as(id).isTrue();
    }

    @Test
    void theIntermediateCareEntriesSayOnlyWhatIsConfirmed() {
        for (String id :
                List.of(
                        "mhpaea-2013-intermediate-levels",
                        "mhpaea-2013-intermediate-classification",
                        "mhpaea-2013-intermediate-classification-phsa")) {
            String s = LIBRARY.get(id).summary();
            assertThat(s)
                    .as(id)
                    .doesNotContain("reportedly")
                    .doesNotContainIgnoringCase("IOP with home health")
                    .doesNotContainIgnoringCase("IOP is an outpatient benefit");
        }
        assertThat(LIBRARY.get("mhpaea-2013-intermediate-classification").summary())
                .contains("same standards")
                .contains("does not itself make IOP an outpatient benefit");
    }
}
