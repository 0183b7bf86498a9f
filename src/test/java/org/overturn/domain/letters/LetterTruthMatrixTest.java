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
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

/**
 * Every plan type × denial type × (expedited or not) × (the signer a physician or not): the letter
 * the plan reads is on its route, speaks of the care as the denial type allows, attributes ratings
 * to their raters, cites only entries whose gate the case passes, and carries nothing meant for the
 * clinician.
 */
class LetterTruthMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clinician PHYSICIAN =
            new Clinician(
                    "Miriam Osei",
                    "MD",
                    true,
                    "1588667638",
                    "(916) 555-0190",
                    "(916) 555-0191",
                    "");
    private static final Clinician THERAPIST =
            new Clinician("Jordan Lee", "LCSW", false, "", "(916) 555-0192", "(916) 555-0193", "");

    /** Words that only notes for the clinician use. */
    private static final List<String> CLINICIAN_MARKERS =
            List.of(
                    "Safety flag",
                    "safety flag",
                    "licensed",
                    "unverified",
                    "UNVERIFIED",
                    "Source:",
                    "Decision support",
                    "decision support",
                    "under-placement",
                    "check the result",
                    "LOCUS home",
                    "vendor");

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (PlanType t : PlanType.values()) {
            for (DenialType d : DenialType.values()) {
                for (boolean expedited : List.of(false, true)) {
                    for (boolean physician : List.of(false, true)) {
                        out.add(Arguments.of(t, d, expedited, physician));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} expedited={2} physician={3}")
    @MethodSource("matrix")
    void theLetterIsTrueForItsPlanTypeAndDenialType(
            PlanType type, DenialType denialType, boolean expedited, boolean physician) {
        Clinician signer = physician ? PHYSICIAN : THERAPIST;
        CaseFile c = variant(type, denialType, signer);
        Signer voice =
                Route.of(Optional.of(type), denialType, ReviewLevel.INTERNAL_APPEAL)
                                .mayBeSignedBy(Signer.PROVIDER)
                        ? Signer.PROVIDER
                        : Signer.PATIENT;
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                expedited ? AppealUrgency.EXPEDITED : AppealUrgency.STANDARD,
                                voice,
                                ReviewLevel.INTERNAL_APPEAL);
        LetterInputs in = inputs(c, v);
        List<LetterSection> parts = LetterComposer.draft(in);
        String all = String.join("\n\n", parts.stream().map(LetterSection::text).toList());
        Route route = LetterComposer.route(in);

        // Nothing meant for the clinician.
        for (String marker : CLINICIAN_MARKERS) {
            assertThat(all).as("clinician-only marker %s", marker).doesNotContain(marker);
        }
        for (String note : clinicianNotes(c)) {
            assertThat(all).as("a placement note").doesNotContain(note);
        }
        for (Citation e : PacketFixtures.library().all()) {
            assertThat(all).as("the library's summary of %s", e.id()).doesNotContain(e.summary());
        }

        // The route's own opening and request.
        String opening = part(parts, LetterPart.OPENING);
        boolean exp = expedited && denialType != DenialType.POST_SERVICE;
        assertThat(opening).contains(exp ? Words.expedited(route.askFor()) : route.askFor());
        assertThat(part(parts, LetterPart.REQUEST))
                .startsWith("I ask " + route.decider() + " to reverse the decision");

        // The care, as the denial type allows.
        if (denialType != DenialType.CONCURRENT) {
            assertThat(all)
                    .doesNotContain("has been in our")
                    .doesNotContain("is in our")
                    .doesNotContain("stops now")
                    .doesNotContain("in treatment now")
                    .doesNotContain("ends coverage");
        } else {
            assertThat(part(parts, LetterPart.CLINICAL_SUMMARY))
                    .contains(
                            voice == Signer.PROVIDER
                                    ? "has been in our IOP program since"
                                    : "I have been in the IOP program since");
        }
        if (denialType == DenialType.POST_SERVICE) {
            assertThat(part(parts, LetterPart.REQUEST))
                    .contains("reprocess and pay the claim")
                    .contains("from August 23, 2026 to September 12, 2026")
                    .doesNotContain("authorize");
            assertThat(parts)
                    .noneMatch(
                            s ->
                                    s.part() == LetterPart.EXPEDITED_STATEMENT
                                            || s.part() == LetterPart.RISK);
        } else {
            assertThat(part(parts, LetterPart.REQUEST))
                    .contains("authorize")
                    .doesNotContain("reprocess");
        }
        assertThat(all).doesNotContain("Reinstate").doesNotContain("reinstate");

        // Ratings attributed to their rater: "I" only when the rater recorded is the provider who
        // signs.
        String scores = part(parts, LetterPart.SCORES);
        if (voice == Signer.PROVIDER && physician) {
            assertThat(scores).contains("I rated Daniela Reyes-Whitford");
        } else {
            assertThat(scores)
                    .contains("Dr. Miriam Osei, MD (attending psychiatrist, IOP) rated")
                    .doesNotContain("I rated");
        }

        // Every citation passes its gate, and is printed where it is claimed.
        for (LetterSection s : parts) {
            for (String id : s.citationIds()) {
                Citation e = PacketFixtures.library().find(id).orElseThrow();
                assertThat(e.citableByDefault()).as("%s is verified or secondary", id).isTrue();
                assertThat(
                                e.appliesTo(
                                        type,
                                        c.currentDenial()
                                                .flatMap(Denial::effectiveDate)
                                                .orElseThrow()))
                        .as("%s reaches %s", id, type)
                        .isTrue();
                assertThat(e.jurisdiction()).isIn("US", c.plan().issuedState());
                assertThat(s.text()).contains(e.citation());
            }
        }

        // The plan is told it is obliged to expedite only by someone whose word binds it on this
        // plan type.
        boolean binding =
                Urgency.binding(Optional.of(type), Optional.of(signer), LetterComposer.picker(in));
        boolean mayBind =
                (type.isErisa()
                                        || type == PlanType.INDIVIDUAL
                                        || type == PlanType.GOVERNMENT_NONFEDERAL
                                        || type == PlanType.MEDICARE_ADVANTAGE)
                                && physician
                        || type == PlanType.MEDICAID_MCO;
        assertThat(!binding || mayBind).as("binding only where the rules make it so").isTrue();
        if (!binding) {
            assertThat(all).doesNotContain("must therefore").doesNotContain("obliges");
        }
    }

    private static String part(List<LetterSection> parts, LetterPart p) {
        return parts.stream()
                .filter(s -> s.part() == p)
                .findFirst()
                .map(LetterSection::text)
                .orElse("");
    }

    /**
     * The placement rules' notes, caveats and reasons for every assessment of the case: never for
     * the plan.
     */
    private static List<String> clinicianNotes(CaseFile c) {
        List<String> out = new ArrayList<>();
        for (Assessment a : c.assessments()) {
            Optional<PlacementResult> r = Placement.evaluate(a);
            r.ifPresent(
                    x -> {
                        Stream.of(x.iopNote(), x.basis())
                                .filter(s -> !s.isBlank())
                                .forEach(out::add);
                        x.reasons().stream().filter(s -> s.length() > 20).forEach(out::add);
                    });
        }
        return out;
    }

    private static CaseFile variant(PlanType type, DenialType denialType, Clinician signer) {
        CaseFile c = PacketFixtures.sample(PacketFixtures.MH).caseFile();
        Denial d = c.currentDenial().orElseThrow();
        Denial changed =
                new Denial(
                        d.id(),
                        d.noticeDate(),
                        d.receivedAt(),
                        d.receivedBy(),
                        denialType,
                        d.urgent() && denialType != DenialType.POST_SERVICE,
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
                        denialType == DenialType.POST_SERVICE
                                ? Optional.of(LocalDate.of(2026, 8, 23))
                                : d.startDateRequested(),
                        d.billedAmount(),
                        d.rationale(),
                        denialType == DenialType.POST_SERVICE
                                ? Optional.of(LocalDate.of(2026, 9, 12))
                                : Optional.empty());
        List<Denial> denials = new ArrayList<>(c.denials());
        denials.replaceAll(x -> x.id().equals(d.id()) ? changed : x);
        return c.withDenials(denials)
                .withPlan(
                        new PlanFacts(
                                Optional.of(type),
                                c.plan().payerId(),
                                c.plan().planName(),
                                c.plan().issuedState(),
                                c.plan().employerSponsored()))
                .withPacket(c.packet().withSigner(Optional.of(signer)));
    }

    private static LetterInputs inputs(CaseFile c, LetterDraft variant) {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        return new LetterInputs(
                c,
                ic.payer(),
                PacketFixtures.profile(),
                PacketFixtures.library(),
                PacketFixtures.stateRules(),
                PacketFixtures.instruments(),
                variant,
                TODAY);
    }
}
