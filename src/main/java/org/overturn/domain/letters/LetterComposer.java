package org.overturn.domain.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;

/**
 * Drafts the appeal letter from the case, part by part, in our own words. Clinical statements come only from what
 * the clinician entered; legal citations only from the library, through {@link CitationPicker}. A part with
 * nothing to say from the case is left out, and {@link #gaps} says what would fill it.
 */
public final class LetterComposer {

    private LetterComposer() {
    }

    /** Fresh drafts of every part the case supports, for the variant in the inputs. */
    public static List<LetterSection> draft(LetterInputs in) {
        CaseFile c = in.caseFile();
        LetterDraft v = in.variant();
        CitationPicker cite = picker(in);
        Voice voice = new Voice(v.signer(), c.patient().name(), in.profile(), c.representative());
        List<LetterSection> out = new ArrayList<>();
        add(out, LetterPart.OPENING, opening(in, voice, cite));
        if (v.expedited()) {
            add(out, LetterPart.EXPEDITED_STATEMENT, expedited(in, cite));
        }
        add(out, LetterPart.CLINICAL_SUMMARY, ClinicalProse.summary(c, voice, in.today()));
        add(out, LetterPart.REBUTTAL, ClinicalProse.rebuttal(c, voice, in.instruments()));
        add(out, LetterPart.PEER_TO_PEER, peerToPeer(c));
        add(out, LetterPart.SCORES, ClinicalProse.scores(c, voice, in.instruments()));
        add(out, LetterPart.LOWER_LEVELS, ClinicalProse.lowerLevels(c, voice));
        add(out, LetterPart.PARITY, LegalProse.parity(c, in.stateRules(), cite));
        add(out, LetterPart.RISK, ClinicalProse.risk(c, voice));
        add(out, LetterPart.REQUEST, request(in, voice, cite));
        add(out, LetterPart.CLOSING, closing(in, voice));
        return out;
    }

    /**
     * What happened on each peer-to-peer call, one sentence a call, from the call log: who the reviewer was, what
     * they decided, and what went wrong (records not read, the agreed time not kept).
     */
    static Optional<Drafted> peerToPeer(CaseFile c) {
        if (c.calls().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (var call : c.calls()) {
            sb.append(sb.length() == 0 ? "" : " ").append(call.letterSentence());
        }
        return Drafted.of(sb.toString(), List.of());
    }

    /** The drafted parts with their citations, or nothing when the part has nothing to say. */
    record Drafted(String text, List<String> citationIds) {
        static Optional<Drafted> of(String text, List<String> ids) {
            return text.isBlank() ? Optional.empty() : Optional.of(new Drafted(text.strip(), ids));
        }
    }

    private static void add(List<LetterSection> out, LetterPart part, Optional<Drafted> d) {
        d.ifPresent(x -> out.add(LetterSection.drafted(part, x.text(), x.citationIds())));
    }

    static CitationPicker picker(LetterInputs in) {
        CaseFile c = in.caseFile();
        LocalDate on = c.currentDenial().flatMap(Denial::effectiveDate).orElse(in.today());
        String state = c.plan().issuedState().isEmpty() ? c.patient().state() : c.plan().issuedState();
        return new CitationPicker(in.library(), c.plan().planType(), state, on);
    }

    /**
     * The letter's variant and parts as stored; for a case with no letter yet, a standard letter, or an expedited one
     * when the denial is marked urgent.
     */
    public static LetterDraft storedOrDefault(CaseFile c) {
        if (c.packet().letter().isPresent()) {
            return c.packet().letter().get();
        }
        boolean urgent = c.currentDenial().map(Denial::urgent).orElse(false);
        LetterDraft d = LetterDraft.empty();
        return urgent ? d.withVariant(org.overturn.domain.packet.AppealUrgency.EXPEDITED, d.signer(), d.reviewLevel())
                : d;
    }

    // ---- regeneration ---------------------------------------------------------------------------------------

    /** The parts the clinician edited whose text a regeneration would replace: ask before replacing these. */
    public static List<LetterPart> editsAtStake(LetterDraft current) {
        return current.sections().stream().filter(LetterSection::wasEdited).map(LetterSection::part).toList();
    }

    /**
     * The letter with fresh drafts. With {@code replaceEdits} false, every part the clinician edited keeps their text
     * (its draft underneath is refreshed, so "back to the draft" shows the new one); with true, edits are dropped.
     */
    public static LetterDraft regenerate(LetterDraft current, List<LetterSection> fresh, boolean replaceEdits,
                                         LocalDate today) {
        List<LetterSection> out = new ArrayList<>();
        for (LetterSection f : fresh) {
            Optional<LetterSection> old = current.section(f.part());
            if (!replaceEdits && old.isPresent() && old.get().wasEdited()) {
                out.add(new LetterSection(f.part(), f.drafted(), old.get().edited(), f.citationIds()));
            } else {
                out.add(f);
            }
        }
        if (!replaceEdits) {
            for (LetterSection s : current.sections()) {
                if (s.wasEdited() && fresh.stream().noneMatch(f -> f.part() == s.part())) {
                    out.add(s);
                }
            }
        }
        return current.withSections(out, Optional.of(today));
    }

    // ---- what the case lacks ---------------------------------------------------------------------------------

    /** Plain-words notes on what the case lacks for a complete letter. */
    public static List<String> gaps(LetterInputs in) {
        CaseFile c = in.caseFile();
        List<String> out = new ArrayList<>();
        if (in.profile().clinicianName().isEmpty()) {
            out.add("Settings → Practice profile: the clinician's name, credentials and practice sign the letter.");
        }
        Optional<Denial> d = c.currentDenial();
        if (d.isEmpty()) {
            out.add("Denial: the letter needs the denial it appeals.");
            return out;
        }
        if (d.get().noticeDate().isEmpty() && d.get().receivedAt().isEmpty()) {
            out.add("Denial: the date of the notice.");
        }
        if (d.get().primaryNumber().isEmpty()) {
            out.add("Denial: the claim, authorization or reference number.");
        }
        if (c.assessments().isEmpty()) {
            out.add("Scoring: no level-of-care ratings yet, so the letter has no dimension-by-dimension scores.");
        }
        if (c.rebuttal().stream().allMatch(r -> r.answer().isBlank())) {
            out.add("Rebuttal: no answers written, so the letter answers the stated reasons in general terms only.");
        }
        if (c.clinical().history().isEmpty()) {
            out.add("Clinical picture: no treatment history, so the letter cannot show lower levels were tried.");
        }
        if (c.clinical().ifCareStops().isBlank()) {
            out.add("Clinical picture: what you expect if care stops now (the clinical-risk part).");
        }
        if (c.plan().planType().isEmpty()) {
            out.add("Patient and plan: the plan type decides which laws the letter may cite.");
        }
        if (in.variant().reviewLevel() == ReviewLevel.EXTERNAL_REVIEW && c.clock().finalDenial().isEmpty()) {
            out.add("Overview: the date of the final internal denial, for an external review request.");
        }
        return out;
    }

    // ---- the parts the composer writes itself -----------------------------------------------------------------

    private static Optional<Drafted> opening(LetterInputs in, Voice voice, CitationPicker cite) {
        CaseFile c = in.caseFile();
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            return Optional.empty();
        }
        Denial d = od.get();
        LetterDraft v = in.variant();
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String what = v.expedited() ? "an expedited " : "an ";
        String dated = d.noticeDate().or(d::effectiveDate).map(x -> " dated " + Words.date(x)).orElse("");
        String who = c.patient().name() + c.patient().dateOfBirth().map(b -> " (date of birth " + Words.date(b)
                + (c.patient().memberId().isEmpty() ? "" : ", member ID " + c.patient().memberId()) + ")")
                .orElse(c.patient().memberId().isEmpty() ? "" : " (member ID " + c.patient().memberId() + ")");
        String decision = d.denialType() == DenialType.CONCURRENT ? "to stop covering continued " : "to deny ";
        if (v.reviewLevel() == ReviewLevel.EXTERNAL_REVIEW) {
            String finalDate = c.clock().finalDenial().map(x -> " of " + Words.date(x)).orElse("");
            sb.append(voice.opener()).append(" to request ").append(what).append("external review of the plan's final ")
                    .append("adverse determination").append(finalDate).append(", which upheld its ")
                    .append(Words.denialKind(d.denialType())).append(" decision").append(dated).append(' ')
                    .append(decision).append(Words.care(d.levelOfCare())).append(" for ").append(voice.patientRef(who));
            sb.append(cite.cite(used, "aca-ext-review-request-4-months", "medicaid-mco-state-fair-hearing",
                    "medicaid-ffs-fair-hearing-request", "fehb-opm-review", "tricare-second-reconsideration",
                    "medicare-qic-reconsideration-180-days")).append('.');
        } else {
            sb.append(voice.opener()).append(" to request ").append(what).append("appeal of the plan's ")
                    .append(Words.denialKind(d.denialType())).append(" decision").append(dated).append(' ')
                    .append(decision).append(Words.care(d.levelOfCare())).append(" for ").append(voice.patientRef(who));
            sb.append(cite.cite(used, "erisa-appeal-filing-180-days", "aca-internal-appeals-group-individual",
                    "medicaid-mco-appeal-60-days", "medicare-ma-reconsideration-filing",
                    "medicare-redetermination-120-days", "fehb-carrier-reconsideration", "tricare-reconsideration-90-days"))
                    .append('.');
        }
        List<String> numbers = new ArrayList<>();
        if (!d.authorizationNumber().isEmpty()) {
            numbers.add("authorization number " + d.authorizationNumber());
        }
        if (!d.claimNumber().isEmpty()) {
            numbers.add("claim number " + d.claimNumber());
        }
        if (!d.referenceNumber().isEmpty()) {
            numbers.add("reference number " + d.referenceNumber());
        }
        if (!numbers.isEmpty()) {
            sb.append(" The decision bears ").append(Words.and(numbers)).append('.');
        }
        requestedPhrase(d).ifPresent(p -> sb.append(" It denied ").append(p).append('.'));
        if (!d.reviewerName().isEmpty()) {
            sb.append(" The reviewer named on the notice is ").append(d.reviewerName())
                    .append(d.reviewerCredentials().isEmpty() ? "" : " (" + d.reviewerCredentials() + ")").append('.');
        }
        sb.append("\n\n").append(voice.purposeSentence((d.denialType() == DenialType.CONCURRENT ? "continued " : "")
                + Words.shortCare(d.levelOfCare())));
        if (v.signer() == Signer.REPRESENTATIVE) {
            sb.append(" The signed authorized representative form is enclosed.");
        }
        return Drafted.of(sb.toString(), used);
    }

    /** "15 days of care at 12 hours per week from November 17, 2026". */
    static Optional<String> requestedPhrase(Denial d) {
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(Words.units(n.get(), d.unitKind())).append(" of care");
        d.hoursPerWeekRequested().filter(h -> h.signum() > 0)
                .ifPresent(h -> sb.append(" at ").append(Words.hours(h)).append(" per week"));
        d.startDateRequested().ifPresent(s -> sb.append(" from ").append(Words.date(s)));
        return Optional.of(sb.toString());
    }

    private static Optional<Drafted> expedited(LetterInputs in, CitationPicker cite) {
        CaseFile c = in.caseFile();
        List<String> used = new ArrayList<>();
        String role = in.profile().physician() ? "treating physician" : "treating clinician";
        String name = c.patient().name();
        StringBuilder sb = new StringBuilder();
        sb.append("As ").append(name).append("'s ").append(role).append(", I certify that deciding this appeal ")
                .append("within the standard timeframe could seriously jeopardize ").append(name)
                .append("'s life or health, or ").append(name).append("'s ability to regain maximum function.");
        if (c.currentDenial().map(Denial::denialType).orElse(null) == DenialType.CONCURRENT) {
            sb.append(" Care is under way and has been cut off mid-treatment; every day without it is a day of ")
                    .append("exposure to the risks described below.");
        }
        String basis = cite.cite(used, "erisa-appeal-decision-times", "aca-internal-appeals-group-individual",
                "medicaid-mco-appeal-resolution", "medicare-ma-reconsideration-decision");
        PlanType t = c.plan().planType().orElse(PlanType.OTHER);
        boolean seventyTwo = t.isErisa() || t == PlanType.INDIVIDUAL || t == PlanType.GOVERNMENT_NONFEDERAL
                || t == PlanType.MEDICAID_MCO || t == PlanType.MEDICARE_ADVANTAGE;
        if (!basis.isEmpty() && seventyTwo) {
            sb.append(" A treating provider's statement of urgency obliges the plan to handle the appeal as expedited ")
                    .append("and to decide it as quickly as the patient's condition requires, and no later than 72 ")
                    .append("hours after receiving it").append(basis).append('.');
        } else {
            sb.append(" I ask the plan to handle this appeal as expedited and to decide it as quickly as the ")
                    .append("patient's condition requires.");
        }
        return Drafted.of(sb.toString(), used);
    }

    private static Optional<Drafted> request(LetterInputs in, Voice voice, CitationPicker cite) {
        CaseFile c = in.caseFile();
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            return Optional.empty();
        }
        Denial d = od.get();
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String verb = d.denialType() == DenialType.CONCURRENT ? "reinstate coverage for " : "authorize ";
        sb.append(voice.askOpener()).append(" the plan reverse its decision and ").append(verb);
        Optional<Integer> n = d.unitsDenied().or(d::unitsRequested);
        if (n.isPresent()) {
            sb.append(Words.units(n.get(), d.unitKind())).append(" of ").append(Words.shortCare(d.levelOfCare()));
        } else {
            sb.append(Words.care(d.levelOfCare()));
        }
        Optional<BigDecimal> h = d.hoursPerWeekRequested().filter(x -> x.signum() > 0);
        h.ifPresent(x -> sb.append(" at ").append(Words.hours(x)).append(" per week"));
        d.startDateRequested().ifPresent(s -> sb.append(", from ").append(Words.date(s)));
        sb.append(", as requested.");
        if (in.variant().expedited()) {
            sb.append(" Because the appeal is expedited, please give the decision by telephone and fax as soon as it ")
                    .append("is made.");
        }
        String rights = cite.cite(used, "erisa-claim-file-request", "mhpaea-criteria-request",
                "medicaid-mco-documents-request");
        if (!rights.isEmpty()) {
            sb.append("\n\nIf the plan maintains any part of its decision, please send, free of charge, copies of all ")
                    .append("documents relevant to this claim, including the medical-necessity criteria applied and ")
                    .append("the name and qualifications of each reviewer consulted").append(rights).append('.');
        }
        return Drafted.of(sb.toString(), used);
    }

    private static Optional<Drafted> closing(LetterInputs in, Voice voice) {
        StringBuilder sb = new StringBuilder();
        String phone = in.profile().phone();
        if (voice.signer() == Signer.PROVIDER) {
            sb.append("I am available to discuss this case with the plan's reviewer at a peer-to-peer conversation");
            sb.append(phone.isEmpty() ? "." : ", at " + phone + ".");
        } else {
            sb.append("Please send the decision to me, with a copy to the treating provider");
            sb.append(in.profile().practiceName().isEmpty() ? "." : " at " + in.profile().practiceName() + ".");
        }
        sb.append(" Thank you for your prompt attention to this appeal.");
        return Drafted.of(sb.toString(), List.of());
    }
}
