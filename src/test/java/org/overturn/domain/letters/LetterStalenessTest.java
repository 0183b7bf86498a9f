package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.readiness.PacketReadiness;
import org.overturn.domain.readiness.Problem;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

/** A letter never says what the case no longer says (issue 14, item 1). */
class LetterStalenessTest {

    private static final LocalDate DRAFTED = LocalDate.of(2026, 11, 24);
    private static final LocalDate EXPORTED = LocalDate.of(2026, 11, 27);

    private static LetterInputs inputs(CaseFile c, LocalDate today) {
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        return new LetterInputs(
                c,
                ic.payer(),
                PacketFixtures.profile(),
                PacketFixtures.library(),
                PacketFixtures.stateRules(),
                PacketFixtures.instruments(),
                LetterComposer.storedOrDefault(c),
                today);
    }

    /** The sample with its letter drafted on the first day, and nothing edited. */
    private static CaseFile drafted() {
        CaseFile c = PacketFixtures.sample(PacketFixtures.MH).caseFile();
        c = c.withPacket(c.packet().withLetter(LetterComposer.storedOrDefault(c)));
        List<LetterSection> parts = LetterComposer.draft(inputs(c, DRAFTED));
        return c.withPacket(
                c.packet()
                        .withLetter(
                                LetterComposer.storedOrDefault(c)
                                        .withSections(parts, Optional.of(DRAFTED))));
    }

    private static String oldName(CaseFile c) {
        return c.patient().name();
    }

    private static CaseFile renamed(CaseFile c) {
        Patient p = c.patient();
        return c.withPatient(
                new Patient(
                        "Marisol Ortega-Lind",
                        p.dateOfBirth(),
                        p.memberId(),
                        p.groupNumber(),
                        p.state()));
    }

    private static LetterPart partNaming(CaseFile c, String text) {
        return c.packet().letter().orElseThrow().sections().stream()
                .filter(s -> s.text().contains(text))
                .map(LetterSection::part)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no part says " + text));
    }

    private static CaseFile edited(CaseFile c, LetterPart part, UnaryOperator<String> edit) {
        LetterDraft l = c.packet().letter().orElseThrow();
        return c.withPacket(
                c.packet()
                        .withLetter(
                                l.withEdit(
                                        part, edit.apply(l.section(part).orElseThrow().text()))));
    }

    private static String all(LetterDraft d) {
        return String.join("\n", d.sections().stream().map(LetterSection::text).toList());
    }

    @Test
    void partsNeverEditedAreDraftedAgainFromTheRenamedPatientAndNothingIsStale() {
        CaseFile c = drafted();
        String before = oldName(c);
        assertThat(all(c.packet().letter().orElseThrow())).contains(before);
        CaseFile after = renamed(c);
        LetterInputs in = inputs(after, EXPORTED);
        assertThat(LetterStaleness.staleEdits(in)).isEmpty();
        String printed = all(LetterStaleness.current(in));
        assertThat(printed).contains("Marisol Ortega-Lind").doesNotContain(before);
        // Nothing changed: the stored letter is kept as it is, however many days later.
        assertThat(LetterStaleness.current(inputs(c, EXPORTED)))
                .isSameAs(c.packet().letter().orElseThrow());
        assertThat(LetterStaleness.staleEdits(inputs(c, EXPORTED))).isEmpty();
    }

    @Test
    void anEditedPartTheRenameChangedUnderIsStaleWithTheSentencesThenAndNowAndBlocksTheExport() {
        CaseFile c = drafted();
        String before = oldName(c);
        LetterPart part = partNaming(c, before);
        CaseFile mine =
                renamed(edited(c, part, t -> t + " She asked that her sister be kept informed."));
        LetterInputs in = inputs(mine, EXPORTED);
        List<LetterStaleness.Stale> stale = LetterStaleness.staleEdits(in);
        assertThat(stale).extracting(LetterStaleness.Stale::part).containsExactly(part);
        assertThat(String.join(" ", stale.get(0).then())).contains(before);
        assertThat(String.join(" ", stale.get(0).now()))
                .contains("Marisol Ortega-Lind")
                .doesNotContain(before);
        // The clinician's text is kept until they choose; the export is refused meanwhile.
        assertThat(LetterStaleness.current(in).section(part).orElseThrow().text())
                .endsWith("She asked that her sister be kept informed.");
        assertThat(PacketReadiness.check(in))
                .filteredOn(Problem::blocks)
                .extracting(Problem::fix)
                .contains(Problem.FixPlace.LETTERS_STALE);

        LetterDraft kept =
                LetterStaleness.keepMine(
                        mine.packet().letter().orElseThrow(), stale.get(0), EXPORTED);
        CaseFile keptCase = mine.withPacket(mine.packet().withLetter(kept));
        assertThat(LetterStaleness.staleEdits(inputs(keptCase, EXPORTED))).isEmpty();
        assertThat(kept.section(part).orElseThrow().text())
                .endsWith("She asked that her sister be kept informed.");

        LetterDraft taken =
                LetterStaleness.takeNew(
                        mine.packet().letter().orElseThrow(), stale.get(0), EXPORTED);
        CaseFile takenCase = mine.withPacket(mine.packet().withLetter(taken));
        assertThat(LetterStaleness.staleEdits(inputs(takenCase, EXPORTED))).isEmpty();
        assertThat(taken.section(part).orElseThrow().text())
                .contains("Marisol Ortega-Lind")
                .doesNotContain(before);
    }

    @Test
    void changedDatesAndAChangedPlanTypeAreCaughtTheSameWay() {
        CaseFile c = drafted();
        // Every part edited: whatever part a fact reaches, the change is named, never printed
        // silently.
        for (LetterSection s : c.packet().letter().orElseThrow().sections()) {
            c = edited(c, s.part(), t -> t + " (reviewed)");
        }
        CaseFile base = c;
        var d = base.currentDenial().orElseThrow();
        CaseFile redated =
                base.withDenials(
                        List.of(
                                new Denial(
                                        d.id(),
                                        d.noticeDate().map(x -> x.minusDays(3)),
                                        d.receivedAt().map(x -> x.minusDays(3)),
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
                                        d.startDateRequested().map(x -> x.minusDays(3)),
                                        d.billedAmount(),
                                        d.rationale(),
                                        d.endDateRequested())));
        assertThat(LetterStaleness.staleEdits(inputs(redated, EXPORTED))).isNotEmpty();
        PlanFacts p = base.plan();
        CaseFile replanned =
                base.withPlan(
                        new PlanFacts(
                                Optional.of(PlanType.INDIVIDUAL),
                                p.payerId(),
                                p.planName(),
                                p.issuedState(),
                                Optional.of(false)));
        assertThat(p.planType()).isNotEqualTo(Optional.of(PlanType.INDIVIDUAL));
        assertThat(LetterStaleness.staleEdits(inputs(replanned, EXPORTED))).isNotEmpty();
        assertThat(LetterStaleness.staleEdits(inputs(base, EXPORTED))).isEmpty();
    }
}
