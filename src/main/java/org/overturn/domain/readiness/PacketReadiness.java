package org.overturn.domain.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.overturn.domain.packet.Signer;
import org.overturn.domain.readiness.Problem.FixPlace;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.IopFit;
import org.overturn.domain.scoring.Placement;

/**
 * Whether the appeal packet may leave the practice, checked before every export (screen and command
 * line). Blocking problems make the packet untrue, misrouted or unsignable and refuse the export;
 * warnings weaken it and are listed. Every message is for the clinician and names what to do.
 */
public final class PacketReadiness {

    private PacketReadiness() {}

    public static List<Problem> check(LetterInputs in) {
        CaseFile c = in.caseFile();
        List<Problem> out = new ArrayList<>();
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            out.add(
                    Problem.blocking(
                            "no denial: enter the denial the packet appeals in Denial",
                            FixPlace.DENIAL));
            return out;
        }
        Denial d = od.get();
        if (c.plan().planType().isEmpty()) {
            out.add(
                    Problem.blocking(
                            "no plan type: choose it in Patient and plan; it decides where the packet goes "
                                    + "and which laws it may cite",
                            FixPlace.PATIENT_PLAN));
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
                            Words.lower(r.title())
                                    + " for this plan type is signed by the patient or an "
                                    + "authorized representative, not the provider: choose who signs in Letters"
                                    + whyMember(in.caseFile()),
                            FixPlace.LETTERS_VARIANT));
        }
        if (s == Signer.REPRESENTATIVE && in.caseFile().representative().isEmpty()) {
            out.add(
                    Problem.blocking(
                            "the letter is signed by an authorized representative, but none is recorded: add "
                                    + "the representative in Patient and plan",
                            FixPlace.PATIENT_PLAN));
        }
    }

    private static String whyMember(CaseFile c) {
        PlanType t = c.plan().planType().orElse(PlanType.OTHER);
        return switch (t) {
            case MEDICAID_FFS ->
                    " (a state fair hearing is requested by the beneficiary or a representative, "
                            + "42 CFR 431.221)";
            case TRICARE ->
                    " (a network provider is not a proper appealing party; the beneficiary may name you "
                            + "representative)";
            case MEDICARE_ADVANTAGE ->
                    " (a payment reconsideration is filed by the enrollee, or by a non-contract "
                            + "provider who signs a waiver of liability, 42 CFR 422.574(b); in-network providers use their "
                            + "contract's dispute process)";
            default -> "";
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
                            "the case changed after you edited "
                                    + String.join(
                                            ", ",
                                            stale.stream()
                                                    .map(s -> "\"" + s.part().label() + "\"")
                                                    .toList())
                                    + ": keep your text or take the new draft "
                                    + "(what changed is shown in Letters and packet)",
                            FixPlace.LETTERS_STALE));
        }
    }

    private static void signer(LetterInputs in, List<Problem> out) {
        CaseFile c = in.caseFile();
        Optional<Clinician> k = c.packet().signer();
        if (k.isEmpty()
                && (in.variant().signer() == Signer.PROVIDER || LetterComposer.expedited(in))) {
            out.add(
                    Problem.blocking(
                            "no signer: choose who signs in Letters", FixPlace.LETTERS_SIGNER));
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
            missing.add("name");
        }
        if (p.phone().isEmpty() && k.map(Clinician::phone).orElse("").isEmpty()) {
            missing.add("phone");
        }
        if (p.fax().isEmpty() && k.map(Clinician::fax).orElse("").isEmpty()) {
            missing.add("fax");
        }
        if (!missing.isEmpty()) {
            out.add(
                    Problem.blocking(
                            "no sender "
                                    + Words.and(missing)
                                    + " on the fax cover: enter the practice's "
                                    + Words.and(missing)
                                    + " in Settings → Practice profile",
                            FixPlace.PRACTICE_PROFILE));
        }
    }

    private static void urgency(LetterInputs in, Denial d, List<Problem> out) {
        CaseFile c = in.caseFile();
        if (in.variant().expedited() && d.denialType() == DenialType.POST_SERVICE) {
            out.add(
                    Problem.warning(
                            "a claim for care already given cannot be expedited: the packet is a standard "
                                    + "request",
                            FixPlace.LETTERS_VARIANT));
        }
        if (LetterComposer.expedited(in)
                && c.clinical().ifCareStops().isBlank()
                && c.clinical().risk().isEmpty()) {
            out.add(
                    Problem.blocking(
                            "an expedited request with no clinical reason: write what you expect if care "
                                    + "stops, or record the risk assessment, in Clinical picture",
                            FixPlace.CLINICAL_PICTURE));
        }
    }

    private static void warnings(LetterInputs in, Denial d, List<Problem> out) {
        CaseFile c = in.caseFile();
        for (String s : RebuttalCoverage.unanswered(c)) {
            out.add(
                    Problem.warning(
                            "no answer yet to a stated reason (“" + s + "”): answer it in Rebuttal",
                            FixPlace.REBUTTAL));
        }
        long drafted =
                c.rebuttal().stream()
                        .filter(r -> r.answer().isBlank() && !r.suggestion().isBlank())
                        .count();
        if (drafted > 0) {
            out.add(
                    Problem.warning(
                            drafted
                                    + (drafted == 1
                                            ? " answer in the letter is"
                                            : " answers in the letter are")
                                    + " the app's draft, not yet yours: read and confirm or edit "
                                    + (drafted == 1 ? "it" : "them")
                                    + " in Rebuttal",
                            FixPlace.REBUTTAL));
        }
        for (Instrument i : Scores.instruments(c)) {
            Scores.Scored s = Scores.latest(c, i).orElseThrow();
            long bare =
                    s.assessment().ratings().stream().filter(r -> r.evidence().isBlank()).count();
            if (bare > 0) {
                out.add(
                        Problem.warning(
                                i.label()
                                        + ": "
                                        + bare
                                        + (bare == 1 ? " rating has" : " ratings have")
                                        + " no chart evidence",
                                FixPlace.SCORING));
            }
            IopFit fit = s.result().iopFit();
            if (fit == IopFit.ABOVE_IOP) {
                out.add(
                        Problem.warning(
                                i.label()
                                        + ": your ratings point above IOP ("
                                        + level(s)
                                        + "). The letter "
                                        + "does not state that level; it says you weighed a more intensive level and judge IOP the "
                                        + "least restrictive safe level. Sign only if that is your judgement.",
                                FixPlace.SCORING));
            } else if (fit == IopFit.BELOW_IOP && s.assessment().overrideLevel().isEmpty()) {
                out.add(
                        Problem.warning(
                                i.label()
                                        + ": your ratings point below IOP ("
                                        + level(s)
                                        + "). The letter "
                                        + "states no level; the reviewer may rate the same way.",
                                FixPlace.SCORING));
            }
        }
        boolean documentation = d.reasons().contains(DenialReason.INSUFFICIENT_DOCUMENTATION);
        if (documentation && c.packet().includedEnclosures().isEmpty()) {
            out.add(
                    Problem.warning(
                            "the denial says documentation was missing, and nothing is enclosed: add the "
                                    + "records in Letters and packet",
                            FixPlace.LETTERS_ENCLOSURES));
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
                            "Medicaid managed care: a provider appeals for the enrollee only with the "
                                    + "enrollee's written consent (42 CFR 438.402(c)(1)(ii)); enclose it",
                            FixPlace.LETTERS_ENCLOSURES));
        }
        Optional<LocalDate> byWhen = Continuation.medicaidEnrolleeDeadline(c, d);
        byWhen.ifPresent(
                date ->
                        out.add(
                                Problem.warning(
                                        in.today().isAfter(date)
                                                ? "Medicaid managed care: the enrollee's time to ask for benefits to continue during the appeal ended "
                                                        + "on "
                                                        + Words.date(date)
                                                        + " (42 CFR 438.420)"
                                                : "Medicaid managed care: benefits continue during the appeal only if the enrollee asks, by "
                                                        + Words.date(date)
                                                        + " (42 CFR 438.420); a provider cannot ask for them. The packet's page "
                                                        + "\"Request to continue my benefits\" is for the enrollee to sign before it is sent.",
                                        FixPlace.LETTERS_VARIANT)));
        if (t == PlanType.MEDICAID_FFS && d.denialType() == DenialType.POST_SERVICE) {
            out.add(
                    Problem.warning(
                            "Medicaid fee-for-service: a payment denial sent to a provider may belong to the "
                                    + "state's provider-appeal process rather than a fair hearing (unverified): check which notice you "
                                    + "received",
                            FixPlace.PATIENT_PLAN));
        }
        if (provider
                && t.isErisa()
                && !LetterComposer.expedited(in)
                && c.representative().isEmpty()) {
            out.add(
                    Problem.warning(
                            "ERISA plan: outside urgent care, a provider appeals as the patient's authorized "
                                    + "representative; the plan may ask for its designation form",
                            FixPlace.PATIENT_PLAN));
        }
        if (provider && t == PlanType.FEHB) {
            out.add(
                    Problem.warning(
                            "FEHB: a provider files for the member with the member's written consent; "
                                    + "enclose it",
                            FixPlace.LETTERS_ENCLOSURES));
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
