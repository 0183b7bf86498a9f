package org.overturn.domain.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.casefile.RebuttalCoverage;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.letters.Continuation;
import org.overturn.domain.letters.LetterComposer;
import org.overturn.domain.letters.LetterInputs;
import org.overturn.domain.letters.LetterStaleness;
import org.overturn.domain.letters.Part2Check;
import org.overturn.domain.letters.Route;
import org.overturn.domain.letters.Scores;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.wording.Wording;

/**
 * Whether the appeal packet may leave the practice, checked before every export (screen and command
 * line). Blocking problems make the packet untrue, misrouted or unsignable and refuse the export;
 * warnings weaken it and are listed. Every message is for the clinician and names what to do; the
 * messages are in the wording file {@code readiness}.
 */
public final class PacketReadiness {

    private static final Wording WORDS = Wording.of("readiness");

    private PacketReadiness() {}

    public static List<Problem> check(LetterInputs in) {
        CaseFile c = in.caseFile();
        List<Problem> out = new ArrayList<>();
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            out.add(Problem.blocking(WORDS.text("blocking.noDenial"), FixPlace.DENIAL));
            return out;
        }
        Denial d = od.get();
        if (c.plan().planType().isEmpty()) {
            out.add(Problem.blocking(WORDS.text("blocking.noPlanType"), FixPlace.PATIENT_PLAN));
        }
        route(in, out);
        signer(in, out);
        sender(in, out);
        Part2Check.Result p2 = Part2Check.check(c, in.recipient(), in.today());
        if (!p2.allowed()) {
            out.add(Problem.blocking(p2.explanation(), FixPlace.LETTERS_CONSENT));
        }
        urgency(in, d, out);
        stale(in, out);
        warnings(in, d, out);
        return out;
    }

    private static void route(LetterInputs in, List<Problem> out) {
        Route r = LetterComposer.route(in);
        Signer s = in.variant().signer();
        if (r.refusal().isPresent()) {
            out.add(Problem.blocking(r.refusal().get(), FixPlace.LETTERS_VARIANT));
            return;
        }
        if (!r.mayBeSignedBy(s)) {
            out.add(
                    Problem.blocking(
                            WORDS.fill(
                                    memberSigns(in.caseFile()), "request", Words.lower(r.title())),
                            FixPlace.LETTERS_VARIANT));
        }
        if (s == Signer.REPRESENTATIVE && in.caseFile().representative().isEmpty()) {
            out.add(
                    Problem.blocking(
                            WORDS.text("blocking.noRepresentative"), FixPlace.PATIENT_PLAN));
        }
    }

    /** The message for a request the member signs: some plan types say why. */
    private static String memberSigns(CaseFile c) {
        PlanType t = c.plan().planType().orElse(PlanType.OTHER);
        return switch (t) {
            case MEDICAID_FFS -> "blocking.memberSigns.medicaidFfs";
            case TRICARE -> "blocking.memberSigns.tricare";
            case MEDICARE_ADVANTAGE -> "blocking.memberSigns.medicareAdvantage";
            default -> "blocking.memberSigns";
        };
    }

    /**
     * An edited part written before the case changed would print facts the case no longer holds.
     */
    private static void stale(LetterInputs in, List<Problem> out) {
        List<LetterStaleness.Stale> stale = LetterStaleness.staleEdits(in);
        if (!stale.isEmpty()) {
            out.add(
                    Problem.blocking(
                            WORDS.fill(
                                    "blocking.stale",
                                    "parts",
                                    String.join(
                                            ", ",
                                            stale.stream()
                                                    .map(
                                                            s ->
                                                                    WORDS.fill(
                                                                            "blocking.stale.part",
                                                                            "part",
                                                                            s.part().label()))
                                                    .toList())),
                            FixPlace.LETTERS_STALE));
        }
    }

    private static void signer(LetterInputs in, List<Problem> out) {
        CaseFile c = in.caseFile();
        Optional<Clinician> k = c.packet().signer();
        if (k.isEmpty()
                && (in.variant().signer() == Signer.PROVIDER || LetterComposer.expedited(in))) {
            out.add(Problem.blocking(WORDS.text("blocking.noSigner"), FixPlace.LETTERS_SIGNER));
        }
    }

    /**
     * The fax cover's From, phone and fax: the practice's, or the signer's where the practice has
     * none.
     */
    private static void sender(LetterInputs in, List<Problem> out) {
        PracticeProfile p = in.profile();
        Optional<Clinician> k = in.caseFile().packet().signer();
        List<String> missing = new ArrayList<>();
        if (p.practiceName().isEmpty() && k.isEmpty()) {
            missing.add(WORDS.text("sender.name"));
        }
        if (p.phone().isEmpty() && k.map(Clinician::phone).orElse("").isEmpty()) {
            missing.add(WORDS.text("sender.phone"));
        }
        if (p.fax().isEmpty() && k.map(Clinician::fax).orElse("").isEmpty()) {
            missing.add(WORDS.text("sender.fax"));
        }
        if (!missing.isEmpty()) {
            out.add(
                    Problem.blocking(
                            WORDS.fill("blocking.noSender", "missing", Words.and(missing)),
                            FixPlace.PRACTICE_PROFILE));
        }
    }

    /**
     * Where a next-level request goes when the app cannot address it for certain: a state-regulated
     * plan's external review runs through the state's process, and a Medicaid state may offer its
     * own optional external medical review beside the hearing.
     */
    private static void nextLevelWhere(LetterInputs in, List<Problem> out) {
        if (in.variant() == null || in.variant().reviewLevel() != ReviewLevel.EXTERNAL_REVIEW) {
            return;
        }
        CaseFile c = in.caseFile();
        Optional<PlanType> t = c.plan().planType();
        boolean insured =
                t.map(
                                x ->
                                        x == PlanType.ERISA_INSURED
                                                || x == PlanType.INDIVIDUAL
                                                || x == PlanType.GOVERNMENT_NONFEDERAL
                                                        && c.parity().funding()
                                                                == FundingType.FULLY_INSURED)
                        .orElse(false);
        // An independent reviewer or a hearing officer needs the plan's final notice; enclosures
        // carry only a title, so one whose title names a notice or a decision counts.
        boolean finalNotice =
                c.packet().enclosures().stream()
                        .filter(e -> !e.excluded())
                        .map(e -> e.title().toLowerCase(Locale.ROOT))
                        .anyMatch(
                                title ->
                                        title.contains("denial")
                                                || title.contains("decision")
                                                || title.contains("determination")
                                                || title.contains("notice"));
        if (!finalNotice) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.finalNoticeNotEnclosed"),
                            FixPlace.LETTERS_ENCLOSURES));
        }
        if (insured) {
            out.add(
                    Problem.warning(
                            "CA".equals(c.plan().issuedState())
                                    ? WORDS.text("warning.stateExternal.california")
                                    : WORDS.text("warning.stateExternal"),
                            FixPlace.LETTERS_VARIANT));
        } else if (t.equals(Optional.of(PlanType.MEDICAID_MCO))) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.medicaidExternalMedicalReview"),
                            FixPlace.LETTERS_VARIANT));
        }
    }

    private static void urgency(LetterInputs in, Denial d, List<Problem> out) {
        CaseFile c = in.caseFile();
        if (in.variant().expedited() && d.denialType() == DenialType.POST_SERVICE) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.notExpeditable"), FixPlace.LETTERS_VARIANT));
        } else if (in.variant().expedited() && !LetterComposer.route(in).expeditable()) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.notExpeditableRoute"), FixPlace.LETTERS_VARIANT));
        }
        if (LetterComposer.expedited(in)
                && c.clinical().ifCareStops().isBlank()
                && c.clinical().risk().isEmpty()) {
            out.add(
                    Problem.blocking(
                            WORDS.text("blocking.expeditedNoReason"), FixPlace.CLINICAL_PICTURE));
        }
    }

    private static void warnings(LetterInputs in, Denial d, List<Problem> out) {
        CaseFile c = in.caseFile();
        nextLevelWhere(in, out);
        for (String s : RebuttalCoverage.unanswered(c)) {
            out.add(
                    Problem.warning(
                            WORDS.fill("warning.unanswered", "reason", s), FixPlace.REBUTTAL));
        }
        long drafted =
                c.rebuttal().stream()
                        .filter(r -> r.answer().isBlank() && !r.suggestion().isBlank())
                        .count();
        if (drafted > 0) {
            out.add(
                    Problem.warning(
                            WORDS.fill(
                                    drafted == 1 ? "warning.drafted.one" : "warning.drafted.many",
                                    "count",
                                    drafted),
                            FixPlace.REBUTTAL));
        }
        for (Instrument i : Scores.instruments(c)) {
            Scores.Scored s = Scores.latest(c, i).orElseThrow();
            long bare =
                    s.assessment().ratings().stream().filter(r -> r.evidence().isBlank()).count();
            if (bare > 0) {
                out.add(
                        Problem.warning(
                                WORDS.fill(
                                        bare == 1
                                                ? "warning.bareRatings.one"
                                                : "warning.bareRatings.many",
                                        "instrument",
                                        i.label(),
                                        "count",
                                        bare),
                                FixPlace.SCORING));
            }
            IopFit fit = s.result().iopFit();
            if (fit == IopFit.ABOVE_IOP) {
                out.add(
                        Problem.warning(
                                WORDS.fill(
                                        "warning.aboveIop",
                                        "instrument",
                                        i.label(),
                                        "level",
                                        level(s)),
                                FixPlace.SCORING));
            } else if (fit == IopFit.BELOW_IOP && s.assessment().overrideLevel().isEmpty()) {
                out.add(
                        Problem.warning(
                                WORDS.fill(
                                        "warning.belowIop",
                                        "instrument",
                                        i.label(),
                                        "level",
                                        level(s)),
                                FixPlace.SCORING));
            }
        }
        boolean documentation = d.reasons().contains(DenialReason.INSUFFICIENT_DOCUMENTATION);
        if (documentation && c.packet().includedEnclosures().isEmpty()) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.nothingEnclosed"), FixPlace.LETTERS_ENCLOSURES));
        }
        authority(in, d, out);
    }

    /**
     * Where the provider may file only with the patient's written say-so, or another process may
     * apply.
     */
    private static void authority(LetterInputs in, Denial d, List<Problem> out) {
        CaseFile c = in.caseFile();
        PlanType t = c.plan().planType().orElse(PlanType.OTHER);
        boolean provider = in.variant().signer() == Signer.PROVIDER;
        if (provider && t == PlanType.MEDICAID_MCO) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.medicaidMcoConsent"), FixPlace.LETTERS_ENCLOSURES));
        }
        Optional<LocalDate> byWhen = Continuation.medicaidEnrolleeDeadline(c, d);
        byWhen.ifPresent(
                date ->
                        out.add(
                                Problem.warning(
                                        WORDS.fill(
                                                in.today().isAfter(date)
                                                        ? "warning.continuationEnded"
                                                        : "warning.continuationBy",
                                                "date",
                                                Words.date(date)),
                                        FixPlace.LETTERS_VARIANT)));
        if (t == PlanType.MEDICAID_FFS && d.denialType() == DenialType.POST_SERVICE) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.medicaidFfsPayment"), FixPlace.PATIENT_PLAN));
        }
        if (provider
                && t.isErisa()
                && !LetterComposer.expedited(in)
                && c.representative().isEmpty()) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.erisaRepresentative"), FixPlace.PATIENT_PLAN));
        }
        if (provider && t == PlanType.FEHB) {
            out.add(
                    Problem.warning(
                            WORDS.text("warning.fehbConsent"), FixPlace.LETTERS_ENCLOSURES));
        }
    }

    /**
     * The level the clinician stands behind (their override, else the rules' result), for their
     * eyes.
     */
    private static String level(Scores.Scored s) {
        return Placement.effectiveLevelName(s.assessment()).orElse(s.result().levelName());
    }

    public static boolean blocked(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::blocks);
    }
}
