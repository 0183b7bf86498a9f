package org.overturn.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.citations.Verification;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

class LetterComposerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

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

    private static CaseFile mh() {
        return PacketFixtures.sample(PacketFixtures.MH).caseFile();
    }

    private static String text(List<LetterSection> s) {
        return String.join("\n\n", s.stream().map(LetterSection::text).toList());
    }

    @Test
    void theDraftHasEveryPartTheCaseSupportsInTheLettersOrder() {
        LetterDraft v = LetterComposer.storedOrDefault(mh());

        List<LetterSection> parts = LetterComposer.draft(inputs(mh(), v));

        assertThat(parts.stream().map(LetterSection::part))
                .containsExactly(
                        LetterPart.OPENING,
                        LetterPart.EXPEDITED_STATEMENT,
                        LetterPart.CLINICAL_SUMMARY,
                        LetterPart.REBUTTAL,
                        LetterPart.SCORES,
                        LetterPart.LOWER_LEVELS,
                        LetterPart.PARITY,
                        LetterPart.RISK,
                        LetterPart.REQUEST,
                        LetterPart.CLOSING);
        String all = text(parts);
        assertThat(all)
                .contains("AUTH-77310452")
                .contains("November 16, 2026")
                .contains("expedited appeal")
                .contains("composite score is 17")
                .contains(
                        "authorize continued IOP, 15 days at 12 hours per week, "
                                + "from November 17, 2026");
    }

    @Test
    void anUrgentDenialDefaultsToTheExpeditedLetterAndAStandardOneHasNoUrgencyStatement() {
        assertThat(LetterComposer.storedOrDefault(mh()).urgency())
                .isEqualTo(AppealUrgency.EXPEDITED);

        LetterDraft standard = LetterDraft.empty();
        List<LetterSection> parts = LetterComposer.draft(inputs(mh(), standard));

        assertThat(parts).noneMatch(s -> s.part() == LetterPart.EXPEDITED_STATEMENT);
        assertThat(text(parts)).doesNotContain("expedited");
    }

    @Test
    void theExpeditedStatementIsTheTreatingPhysiciansCertification() {
        List<LetterSection> parts =
                LetterComposer.draft(inputs(mh(), LetterComposer.storedOrDefault(mh())));

        String s =
                parts.stream()
                        .filter(x -> x.part() == LetterPart.EXPEDITED_STATEMENT)
                        .findFirst()
                        .orElseThrow()
                        .text();
        // The sample's signer is a physician on an ERISA plan: the certification binds the plan
        // under (m)(1)(ii),
        // and the letter says so only when the library holds that rule; otherwise it asks, giving
        // the reasons.
        if (PacketFixtures.library().contains("erisa-urgent-physician-certification")) {
            assertThat(s)
                    .contains("As a physician with knowledge of")
                    .contains("seriously jeopardize")
                    .contains("ability to regain maximum function")
                    .contains("72 hours")
                    .contains("must therefore treat this appeal as an urgent care claim");
        } else {
            assertThat(s)
                    .contains("seriously jeopardize")
                    .contains("I ask the plan to handle this appeal as expedited")
                    .doesNotContain("must therefore");
        }
    }

    @Test
    void aRepresentativeSignsForThePatientAndEnclosesTheForm() {
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                AppealUrgency.STANDARD,
                                Signer.REPRESENTATIVE,
                                ReviewLevel.INTERNAL_APPEAL);

        String opening = LetterComposer.draft(inputs(mh(), v)).get(0).text();

        assertThat(opening)
                .contains("authorized representative (spouse) of Daniela Reyes-Whitford")
                .contains("authorized representative form has been signed");
    }

    @Test
    void anExternalReviewRequestSaysSoAndCitesOnlyTheExternalReviewRule() {
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                AppealUrgency.STANDARD,
                                Signer.PROVIDER,
                                ReviewLevel.EXTERNAL_REVIEW);

        LetterSection opening = LetterComposer.draft(inputs(mh(), v)).get(0);

        assertThat(opening.text())
                .contains("external review of the plan's final adverse determination");
        assertThat(opening.citationIds()).containsExactly("aca-ext-review-request-4-months");
    }

    @Test
    void anExpeditedExternalReviewIsTheReviewersToDecideNotAnUrgentCareClaimOfThePlan() {
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                AppealUrgency.EXPEDITED,
                                Signer.PROVIDER,
                                ReviewLevel.EXTERNAL_REVIEW);

        LetterSection s =
                LetterComposer.draft(inputs(mh(), v)).stream()
                        .filter(x -> x.part() == LetterPart.EXPEDITED_STATEMENT)
                        .findFirst()
                        .orElseThrow();

        assertThat(s.text())
                .contains("seriously jeopardize")
                .contains("is in treatment now")
                .doesNotContain("urgent care claim")
                .doesNotContain("The plan must");
        assertThat(s.citationIds())
                .doesNotContain(
                        "erisa-urgent-physician-certification", "erisa-appeal-decision-times");
        if (PacketFixtures.library().contains("aca-ext-review-decision-times")) {
            assertThat(s.text())
                    .contains(
                            "no later than 72 hours after the independent review organization"
                                    + " receives the request");
            assertThat(s.citationIds()).containsExactly("aca-ext-review-decision-times");
        } else {
            assertThat(s.text())
                    .contains("I ask the independent review organization to handle this");
        }
    }

    @Test
    void aMedicaidFairHearingRequestAsksTheStateAndBindsNoPlanToTheManagedCareAppealRules() {
        CaseFile sud = PacketFixtures.sample(PacketFixtures.SUD).caseFile();
        LetterDraft v =
                LetterDraft.empty()
                        .withVariant(
                                AppealUrgency.EXPEDITED,
                                Signer.PROVIDER,
                                ReviewLevel.EXTERNAL_REVIEW);

        LetterSection s =
                LetterComposer.draft(inputs(sud, v)).stream()
                        .filter(x -> x.part() == LetterPart.EXPEDITED_STATEMENT)
                        .findFirst()
                        .orElseThrow();

        assertThat(s.text()).doesNotContain("must therefore").contains("I ask ");
        assertThat(s.citationIds())
                .doesNotContain("medicaid-mco-expedite-provider", "medicaid-mco-appeal-resolution");
    }

    @Test
    void citationsAreOnlyVerifiedOrSecondaryEntriesThatReachThePlanTypeAndState() {
        CaseFile c = mh();
        List<LetterSection> parts =
                LetterComposer.draft(inputs(c, LetterComposer.storedOrDefault(c)));

        List<String> ids = parts.stream().flatMap(s -> s.citationIds().stream()).toList();
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            Citation e = PacketFixtures.library().get(id);
            assertThat(e.verification()).as(id).isNotEqualTo(Verification.UNVERIFIED);
            assertThat(e.planTypes()).as(id).contains(c.plan().planType().orElseThrow());
            assertThat(e.jurisdiction()).as(id).isIn("US", c.plan().issuedState());
        }
        // A self-funded plan is beyond the state law that reaches insured California plans.
        assertThat(ids).doesNotContain("state-ca-sb855");
    }

    @Test
    void aClinicalPartIsLeftOutWhenTheCaseHasNothingToSayAndTheGapsSayWhatWouldFillIt() {
        CaseFile bare =
                mh().withClinical(ClinicalPicture.empty())
                        .withAssessments(List.of())
                        .withRebuttal(List.of());
        LetterInputs in = inputs(bare, LetterDraft.empty());

        List<LetterSection> parts = LetterComposer.draft(in);

        assertThat(parts.stream().map(LetterSection::part))
                .doesNotContain(LetterPart.SCORES, LetterPart.RISK, LetterPart.LOWER_LEVELS);
        assertThat(LetterGaps.of(in))
                .anyMatch(g -> g.startsWith("Scoring"))
                .anyMatch(g -> g.contains("if care stops"));
    }

    @Test
    void regeneratingKeepsTheCliniciansEditsUnlessTheyChooseToReplaceThem() {
        LetterInputs in = inputs(mh(), LetterComposer.storedOrDefault(mh()));
        LetterDraft first =
                LetterComposer.storedOrDefault(mh())
                        .withSections(LetterComposer.draft(in), Optional.of(TODAY));
        LetterDraft edited = first.withEdit(LetterPart.RISK, "My own words about the risk.");

        assertThat(LetterComposer.editsAtStake(edited)).containsExactly(LetterPart.RISK);
        LetterDraft kept =
                LetterComposer.regenerate(edited, LetterComposer.draft(in), false, TODAY);
        LetterDraft replaced =
                LetterComposer.regenerate(edited, LetterComposer.draft(in), true, TODAY);

        assertThat(kept.section(LetterPart.RISK).orElseThrow().text())
                .isEqualTo("My own words about the risk.");
        assertThat(kept.section(LetterPart.RISK).orElseThrow().drafted())
                .startsWith("In my clinical judgement");
        assertThat(replaced.section(LetterPart.RISK).orElseThrow().text())
                .startsWith("In my clinical judgement");
        assertThat(LetterComposer.editsAtStake(replaced)).isEmpty();
    }

    @Test
    void typingTheDraftBackCountsAsNoEdit() {
        LetterSection s = LetterSection.drafted(LetterPart.CLOSING, "Thank you.", List.of());

        assertThat(s.withText("Thanks!").wasEdited()).isTrue();
        assertThat(s.withText("Thanks!").withText("Thank you.").wasEdited()).isFalse();
    }

    @Test
    void anEditedPartThatTheCaseNoLongerSupportsIsKeptOnRegeneration() {
        LetterDraft v = LetterComposer.storedOrDefault(mh());
        LetterDraft edited =
                v.withSections(LetterComposer.draft(inputs(mh(), v)), Optional.of(TODAY))
                        .withEdit(LetterPart.SCORES, "Scores in my words.");
        CaseFile noScores = mh().withAssessments(List.of());

        LetterDraft again =
                LetterComposer.regenerate(
                        edited, LetterComposer.draft(inputs(noScores, v)), false, TODAY);

        assertThat(again.section(LetterPart.SCORES).orElseThrow().text())
                .isEqualTo("Scores in my words.");
    }
}
