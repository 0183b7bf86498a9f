package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.export.packet.PacketFixtures;

/**
 * The letter at the step after the internal appeal, for every plan type that has one, expedited or
 * not: it asks for what that plan type's route takes (external review, a state fair hearing, the
 * QIC, OPM, the TQMC, or evidence for the Medicare Advantage independent review entity), asks the
 * one who decides there, cites only entries that pass their gate, and asks for speed only on a
 * route that can be asked.
 */
class NextLevelLetterMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (PlanType t : PlanType.values()) {
            if (t == PlanType.MEDICAID_FFS) {
                continue; // the fair hearing is its first level: no next step to write
            }
            for (boolean expedited : List.of(false, true)) {
                out.add(Arguments.of(t, expedited));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} expedited={1}")
    @MethodSource("matrix")
    void theNextLevelsLetterIsOnItsRoute(PlanType type, boolean expedited) {
        CaseFile base = PacketFixtures.sample(PacketFixtures.MH).caseFile();
        PlanFacts p = base.plan();
        CaseFile c =
                base.withPlan(
                                new PlanFacts(
                                        Optional.of(type),
                                        p.payerId(),
                                        p.planName(),
                                        p.issuedState(),
                                        p.employerSponsored()))
                        .withClock(base.clock().withFinalDenial(LocalDate.of(2026, 11, 19)));
        Route route =
                Route.of(Optional.of(type), DenialType.CONCURRENT, ReviewLevel.EXTERNAL_REVIEW);
        assertThat(route.refusal()).as("%s has a next step", type).isEmpty();
        Signer voice = route.mayBeSignedBy(Signer.PROVIDER) ? Signer.PROVIDER : Signer.PATIENT;
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                expedited ? AppealUrgency.EXPEDITED : AppealUrgency.STANDARD,
                                voice,
                                ReviewLevel.EXTERNAL_REVIEW);
        LetterInputs in =
                new LetterInputs(
                        c,
                        Optional.empty(),
                        PacketFixtures.profile(),
                        PacketFixtures.library(),
                        PacketFixtures.stateRules(),
                        PacketFixtures.instruments(),
                        v,
                        TODAY);
        List<LetterSection> parts = LetterComposer.draft(in);
        String opening = part(parts, LetterPart.OPENING);
        boolean exp = expedited && route.expeditable();
        assertThat(LetterComposer.expedited(in)).isEqualTo(exp);
        assertThat(opening)
                .contains(exp ? Words.expedited(route.askFor()) : route.askFor())
                .contains("of November 19, 2026, which upheld the concurrent-review decision");
        assertThat(part(parts, LetterPart.REQUEST))
                .startsWith("I ask " + route.decider() + " to reverse the decision");
        // Nothing asked of the plan in a letter to someone else.
        assertThat(part(parts, LetterPart.REQUEST))
                .doesNotContain("If the plan maintains")
                .doesNotContain("please send, free of charge");
        assertThat(part(parts, LetterPart.PARITY)).doesNotContain("If the plan maintains");
        if (!exp) {
            assertThat(parts).noneMatch(s -> s.part() == LetterPart.EXPEDITED_STATEMENT);
            assertThat(opening).doesNotContainIgnoringCase("expedited");
        }
        if (type == PlanType.MEDICARE_ADVANTAGE) {
            assertThat(route.title()).isEqualTo("Additional evidence for independent review");
            assertThat(opening)
                    .contains("that the independent review entity consider this letter")
                    .contains("(42 CFR 422.590; 422.592)");
        }
        for (LetterSection s : parts) {
            for (String id : s.citationIds()) {
                Citation e = PacketFixtures.library().find(id).orElseThrow();
                assertThat(e.citableByDefault()).isTrue();
                assertThat(
                                e.appliesTo(
                                        type,
                                        c.currentDenial()
                                                .flatMap(Denial::effectiveDate)
                                                .orElseThrow()))
                        .as("%s reaches %s", id, type)
                        .isTrue();
                assertThat(s.text()).contains(e.citation());
            }
        }
    }

    private static String part(List<LetterSection> parts, LetterPart p) {
        return parts.stream()
                .filter(s -> s.part() == p)
                .findFirst()
                .map(LetterSection::text)
                .orElse("");
    }
}
