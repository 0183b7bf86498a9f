package org.overturn.domain.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.packet.AppealUrgency;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;

/**
 * Drafts the appeal letter from the case, part by part, in our own words. Clinical statements come
 * only from what the clinician entered; legal citations only from the library, through {@link
 * CitationPicker}. A part with nothing to say from the case is left out, and {@link LetterGaps}
 * says what would fill it.
 */
@Outgoing
public final class LetterComposer {

    private static final Wording WORDS = Wording.of("letter");

    private LetterComposer() {}

    /** Fresh drafts of every part the case supports, for the variant in the inputs. */
    public static List<LetterSection> draft(LetterInputs in) {
        CaseFile c = in.caseFile();
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            return List.of();
        }
        Denial d = od.get();
        CitationPicker cite = picker(in);
        Voice voice = voice(in);
        CareStory story = new CareStory(c, d, voice);
        Route route = route(in);
        List<LetterSection> out = new ArrayList<>();
        add(out, LetterPart.OPENING, opening(in, d, story, route, voice, cite));
        if (expedited(in)) {
            add(
                    out,
                    LetterPart.EXPEDITED_STATEMENT,
                    Urgency.statement(c, story, voice, route, in.variant().reviewLevel(), cite));
        }
        add(out, LetterPart.CLINICAL_SUMMARY, ClinicalProse.summary(c, story, in.today()));
        add(out, LetterPart.REBUTTAL, ClinicalProse.rebuttal(c, voice, in.instruments()));
        add(out, LetterPart.PEER_TO_PEER, peerToPeer(c));
        add(out, LetterPart.SCORES, ClinicalProse.scores(c, voice, in.instruments()));
        add(out, LetterPart.LOWER_LEVELS, ClinicalProse.lowerLevels(c, voice, story));
        add(out, LetterPart.PARITY, law(c, d, in, cite));
        if (story.careAhead()) {
            add(out, LetterPart.RISK, ClinicalProse.risk(c, voice, story));
        }
        add(out, LetterPart.REQUEST, request(in, d, story, route, cite));
        add(out, LetterPart.CLOSING, closing(in, voice, route));
        return out;
    }

    /**
     * The route the letter takes: the document its plan type has at the chosen step, for the
     * current denial.
     */
    public static Route route(LetterInputs in) {
        CaseFile c = in.caseFile();
        DenialType type = c.currentDenial().map(Denial::denialType).orElse(DenialType.PRE_SERVICE);
        return Route.of(c.plan().planType(), type, in.variant().reviewLevel());
    }

    /**
     * Whether the letter is expedited: chosen so, and about care still to come (a claim for care
     * given never is).
     */
    public static boolean expedited(LetterInputs in) {
        return in.variant().expedited()
                && route(in).expeditable()
                && in.caseFile()
                        .currentDenial()
                        .map(d -> d.denialType() != DenialType.POST_SERVICE)
                        .orElse(false);
    }

    /**
     * Whether the letter goes to the plan itself (the internal appeal). A letter to an independent
     * reviewer or a hearing asks the plan for nothing: no claim file, no comparative analysis.
     */
    static boolean toPlan(LetterInputs in) {
        return in.variant().reviewLevel() != ReviewLevel.EXTERNAL_REVIEW;
    }

    static Voice voice(LetterInputs in) {
        CaseFile c = in.caseFile();
        return new Voice(
                in.variant().signer(), c.patient().name(), c.packet().signer(), c.representative());
    }

    private static Optional<Drafted> law(
            CaseFile c, Denial d, LetterInputs in, CitationPicker cite) {
        Optional<Drafted> parity = LegalProse.parity(c, in.stateRules(), cite, toPlan(in));
        Optional<Drafted> plan = PlanArguments.draft(c, d, cite, in.today());
        if (parity.isEmpty() || plan.isEmpty()) {
            return parity.isPresent() ? parity : plan;
        }
        List<String> ids = new ArrayList<>(parity.get().citationIds());
        plan.get().citationIds().stream().filter(i -> !ids.contains(i)).forEach(ids::add);
        return Drafted.of(parity.get().text() + Words.PARAGRAPH + plan.get().text(), ids);
    }

    /**
     * What happened on each peer-to-peer call, one sentence a call, from the call log: who the
     * reviewer was, what they decided, and what went wrong (records not read, the agreed time not
     * kept).
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

    public static CitationPicker picker(LetterInputs in) {
        CaseFile c = in.caseFile();
        LocalDate on = c.currentDenial().flatMap(Denial::effectiveDate).orElse(in.today());
        String state =
                c.plan().issuedState().isEmpty() ? c.patient().state() : c.plan().issuedState();
        return new CitationPicker(in.library(), c.plan().planType(), state, on);
    }

    /**
     * The letter's variant and parts as stored; for a case with no letter yet, a standard letter,
     * or an expedited one when the denial is marked urgent.
     */
    public static LetterDraft storedOrDefault(CaseFile c) {
        if (c.packet().letter().isPresent()) {
            return c.packet().letter().get();
        }
        boolean urgent = c.currentDenial().map(Denial::urgent).orElse(false);
        LetterDraft d = LetterDraft.empty();
        return urgent ? d.withVariant(AppealUrgency.EXPEDITED, d.signer(), d.reviewLevel()) : d;
    }

    // ---- regeneration
    // ---------------------------------------------------------------------------------------

    /**
     * The parts the clinician edited whose text a regeneration would replace: ask before replacing
     * these.
     */
    public static List<LetterPart> editsAtStake(LetterDraft current) {
        return current.sections().stream()
                .filter(LetterSection::wasEdited)
                .map(LetterSection::part)
                .toList();
    }

    /**
     * The letter with fresh drafts. With {@code replaceEdits} false, every part the clinician
     * edited keeps their text (its draft underneath is refreshed, so "back to the draft" shows the
     * new one); with true, edits are dropped.
     */
    public static LetterDraft regenerate(
            LetterDraft current, List<LetterSection> fresh, boolean replaceEdits, LocalDate today) {
        List<LetterSection> out = new ArrayList<>();
        for (LetterSection f : fresh) {
            Optional<LetterSection> old = current.section(f.part());
            if (!replaceEdits && old.isPresent() && old.get().wasEdited()) {
                out.add(
                        new LetterSection(
                                f.part(), f.drafted(), old.get().edited(), f.citationIds()));
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

    // ---- the parts the composer writes itself
    // -----------------------------------------------------------------

    private static Optional<Drafted> opening(
            LetterInputs in,
            Denial d,
            CareStory story,
            Route route,
            Voice voice,
            CitationPicker cite) {
        CaseFile c = in.caseFile();
        LetterDraft v = in.variant();
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        String ask = expedited(in) ? Words.expedited(route.askFor()) : route.askFor();
        // The optional parts carry their own leading space: see opening.request in the wording
        // file.
        String dated =
                d.noticeDate()
                        .or(d::effectiveDate)
                        .map(x -> " " + WORDS.fill("opening.dated", "date", Words.date(x)))
                        .orElse("");
        String patient = voice.patientRef(patientWithDetails(c));
        String citations = cite.cite(used, route.citationIds().toArray(String[]::new));
        if (v.reviewLevel() == ReviewLevel.EXTERNAL_REVIEW) {
            sb.append(
                    WORDS.fill(
                            "opening.request.external",
                            "writer",
                            voice.opener(),
                            "ask",
                            ask,
                            "finalDenial",
                            c.clock()
                                    .finalDenial()
                                    .map(
                                            x ->
                                                    " "
                                                            + WORDS.fill(
                                                                    "opening.finalDenial",
                                                                    "date",
                                                                    Words.date(x)))
                                    .orElse(""),
                            "denialKind",
                            Words.denialKind(d.denialType()),
                            "dated",
                            dated,
                            "decision",
                            story.decisionClause(),
                            "patient",
                            patient,
                            "citations",
                            citations));
        } else {
            sb.append(
                    WORDS.fill(
                            "opening.request",
                            "writer",
                            voice.opener(),
                            "ask",
                            ask,
                            "dated",
                            dated,
                            "decision",
                            story.decisionClause(),
                            "patient",
                            patient,
                            "citations",
                            citations));
        }
        List<String> numbers = new ArrayList<>();
        if (!d.authorizationNumber().isEmpty()) {
            numbers.add(
                    WORDS.fill("opening.number.authorization", "number", d.authorizationNumber()));
        }
        if (!d.claimNumber().isEmpty()) {
            numbers.add(WORDS.fill("opening.number.claim", "number", d.claimNumber()));
        }
        if (!d.referenceNumber().isEmpty()) {
            numbers.add(WORDS.fill("opening.number.reference", "number", d.referenceNumber()));
        }
        if (!numbers.isEmpty()) {
            sb.append(' ').append(WORDS.fill("opening.numbers", "numbers", Words.and(numbers)));
        }
        story.whatWasDenied().ifPresent(p -> sb.append(' ').append(p));
        if (!d.reviewerName().isEmpty()) {
            sb.append(' ')
                    .append(
                            d.reviewerCredentials().isEmpty()
                                    ? WORDS.fill("opening.reviewer", "reviewer", d.reviewerName())
                                    : WORDS.fill(
                                            "opening.reviewer.credentials",
                                            "reviewer",
                                            d.reviewerName(),
                                            "credentials",
                                            d.reviewerCredentials()));
        }
        boolean given = story.type() == DenialType.POST_SERVICE;
        String why =
                switch (voice.signer()) {
                    case PROVIDER -> given ? "opening.why.provider.past" : "opening.why.provider";
                    case PATIENT -> given ? "opening.why.patient.past" : "opening.why.patient";
                    case REPRESENTATIVE ->
                            given
                                    ? "opening.why.representative.past"
                                    : "opening.why.representative";
                };
        sb.append(Words.PARAGRAPH)
                .append(
                        voice.signer() == Signer.REPRESENTATIVE
                                ? WORDS.fill(
                                        why,
                                        "care",
                                        story.careNoun(),
                                        "patient",
                                        c.patient().name())
                                : WORDS.fill(why, "care", story.careNoun()));
        if (Enclosed.anything(c)) {
            sb.append(' ').append(WORDS.text("opening.enclosed"));
        }
        if (v.signer() == Signer.REPRESENTATIVE
                && c.representative().map(r -> r.planFormOnFile()).orElse(false)) {
            sb.append(' ').append(WORDS.text("opening.representativeForm"));
        }
        return Drafted.of(sb.toString(), used);
    }

    /** The patient's name with the date of birth and member ID, when known. */
    private static String patientWithDetails(CaseFile c) {
        String name = c.patient().name();
        String member = c.patient().memberId();
        Optional<String> born = c.patient().dateOfBirth().map(Words::date);
        if (born.isPresent()) {
            return member.isEmpty()
                    ? WORDS.fill("opening.patient.born", "patient", name, "birthDate", born.get())
                    : WORDS.fill(
                            "opening.patient.bornMember",
                            "patient",
                            name,
                            "birthDate",
                            born.get(),
                            "memberId",
                            member);
        }
        return member.isEmpty()
                ? name
                : WORDS.fill("opening.patient.member", "patient", name, "memberId", member);
    }

    private static Optional<Drafted> request(
            LetterInputs in, Denial d, CareStory story, Route route, CitationPicker cite) {
        List<String> used = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append(WORDS.fill("request.reverse", "decider", route.decider(), "ask", story.ask()));
        if (expedited(in)) {
            sb.append(' ').append(WORDS.text("request.expedited"));
        }
        // Asked of the plan only in a letter to the plan: an independent reviewer or a hearing
        // officer has no claim file of the plan's to send.
        String rights =
                toPlan(in)
                        ? cite.cite(
                                used,
                                "erisa-claim-file-request",
                                "mhpaea-criteria-request",
                                "medicaid-mco-documents-request")
                        : "";
        if (!rights.isEmpty()) {
            sb.append(Words.PARAGRAPH).append(WORDS.fill("request.documents", "citations", rights));
        }
        return Drafted.of(sb.toString(), used);
    }

    private static Optional<Drafted> closing(LetterInputs in, Voice voice, Route route) {
        StringBuilder sb = new StringBuilder();
        if (voice.signer() == Signer.PROVIDER) {
            String phone =
                    voice.clinician()
                            .map(k -> k.phone())
                            .filter(p -> !p.isEmpty())
                            .orElse(in.profile().phone());
            sb.append(
                    phone.isEmpty()
                            ? WORDS.text("closing.available")
                            : WORDS.fill("closing.available.phone", "phone", phone));
        } else {
            String practice = in.profile().practiceName();
            sb.append(
                    practice.isEmpty()
                            ? WORDS.text("closing.sendToMe")
                            : WORDS.fill("closing.sendToMe.practice", "practice", practice));
        }
        sb.append(' ').append(WORDS.fill("closing.thanks", "document", Words.lower(route.title())));
        return Drafted.of(sb.toString(), List.of());
    }
}
