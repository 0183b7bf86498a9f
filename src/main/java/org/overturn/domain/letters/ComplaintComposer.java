package org.overturn.domain.letters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.audience.ClinicianOnly;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.packet.ReviewLevel;
import org.overturn.domain.packet.Submission;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.ParityCitations;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.wording.Wording;

/**
 * Drafts a complaint to a regulator, or a letter to the employer that sponsors the plan, from the
 * case (issue 17). The clinician signs it in the first person. Every statement follows from the
 * case: the denial and what was done about it (appeals sent, decisions recorded, requests for
 * documents left unanswered), and the law only as the library grounds it for the plan on the
 * denial's date, through the same parity and state-law paragraphs as the appeal letter.
 *
 * <p>Who is named. A complaint names the patient unless the case holds substance use records
 * protected by 42 CFR Part 2; a letter to the employer names the patient only when the patient
 * agreed to share with the employer (and never for protected records). A letter that names nobody
 * also gives no identifiers, no dates, no level of care and no clinical detail.
 */
@Outgoing
public final class ComplaintComposer {

    private static final Wording WORDS = Wording.of("complaints");

    private ComplaintComposer() {}

    /**
     * What to draft from.
     *
     * @param to the addressee chosen among the route's
     * @param today the letter's date, from which overdue days are counted
     */
    public record Inputs(
            CaseFile caseFile,
            Optional<Payer> payer,
            ComplaintKind kind,
            Regulator to,
            CitationLibrary library,
            StateCriteriaLookup stateRules,
            LocalDate today) {}

    /** The draft, or why there is none (for the clinician). */
    public record Result(Optional<ComplaintDraft> draft, @ClinicianOnly Optional<String> refusal) {
        public static Result of(ComplaintDraft d) {
            return new Result(Optional.of(d), Optional.empty());
        }

        public static Result refused(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /**
     * Who takes a complaint of the kind about the case's plan, with notes that say whether the
     * letter will name the patient and why.
     */
    public static ComplaintRoute route(CaseFile c, ComplaintKind kind) {
        return ComplaintNotes.route(c, kind);
    }

    public static Result draft(Inputs in) {
        CaseFile c = in.caseFile();
        ComplaintRoute route = route(c, in.kind());
        if (!route.open()) {
            return Result.refused(ComplaintNotes.why(route));
        }
        if (!route.addressees().contains(in.to())) {
            throw new IllegalArgumentException(
                    in.to().id() + " does not take this complaint for this plan");
        }
        Optional<Denial> od = c.currentDenial();
        if (od.isEmpty()) {
            return Result.refused(ComplaintNotes.note("refused.noDenial"));
        }
        Denial d = od.get();
        String state = c.plan().issuedState();
        CitationPicker cite =
                new CitationPicker(
                        in.library(),
                        c.plan().planType(),
                        state,
                        d.effectiveDate().orElse(in.today()));
        List<String> used = new ArrayList<>();
        String office = in.to().inSentence(state);
        if (in.kind() == ComplaintKind.EMPLOYER && c.plan().employerName().isEmpty()) {
            return Result.refused(ComplaintNotes.note("refused.employer.name"));
        }
        List<String> addressee = in.to().addressLines(state, c.plan().employerName());
        boolean named = names(c, in.kind());
        List<String> body = new ArrayList<>();
        switch (in.kind()) {
            case PARITY -> {
                String law = LegalProse.federal(c, cite, used, false);
                if (law.isEmpty()) {
                    return Result.refused(ComplaintNotes.parity(c, d, cite.on()));
                }
                body.add(opening(ComplaintKind.PARITY, c, in, d, named, office));
                facts(c, d, named).ifPresent(body::add);
                body.add(law);
                unanswered(c, in, cite, used, named).ifPresent(body::add);
                boolean analysis =
                        used.stream()
                                .anyMatch(i -> i.startsWith(ParityCitations.COMPARATIVE_ANALYSIS));
                body.add(
                        WORDS.fill(
                                analysis ? "parity.ask.analysis" : "parity.ask",
                                "office",
                                office,
                                "care",
                                care(d, named)));
            }
            case STATE_LAW -> {
                Optional<String> law = LegalProse.stateLaw(c, in.stateRules(), cite, used);
                if (law.isEmpty()) {
                    return Result.refused(ComplaintNotes.note("refused.stateLaw.noFinding"));
                }
                body.add(opening(ComplaintKind.STATE_LAW, c, in, d, named, office));
                facts(c, d, named).ifPresent(body::add);
                body.add(law.get());
                unanswered(c, in, cite, used, named).ifPresent(body::add);
                body.add(WORDS.fill("stateLaw.ask", "office", office));
            }
            case EMPLOYER -> {
                String law = employerLaw(c, d, cite, used);
                if (law.isEmpty()) {
                    return Result.refused(ComplaintNotes.parity(c, d, cite.on()));
                }
                body.add(opening(ComplaintKind.EMPLOYER, c, in, d, named, office));
                if (named) {
                    facts(c, d, true).ifPresent(body::add);
                }
                body.add(law);
                body.add(
                        WORDS.fill(
                                named ? "employer.ask.named" : "employer.ask.unnamed",
                                "administrator",
                                payerName(in)));
            }
        }
        if (named) {
            body.add(WORDS.text("closing.copies"));
        }
        return Result.of(
                new ComplaintDraft(
                        in.kind(),
                        in.to(),
                        addressee,
                        subject(c, in, d, named),
                        WORDS.text(
                                in.kind() == ComplaintKind.EMPLOYER
                                        ? "salutation.employer"
                                        : "salutation.regulator"),
                        body,
                        used,
                        named));
    }

    /**
     * Whether the letter may name the patient: for the employer only with the patient's yes; never
     * for a case holding substance use records protected by 42 CFR Part 2, whose consents in the
     * app name the plan as recipient, not a regulator or an employer.
     */
    static boolean names(CaseFile c, ComplaintKind kind) {
        if (kind == ComplaintKind.EMPLOYER && !c.plan().employerMayKnow()) {
            return false;
        }
        return !Part2Check.protectedRecords(c);
    }

    private static String opening(
            ComplaintKind kind, CaseFile c, Inputs in, Denial d, boolean named, String office) {
        List<Object> slots =
                new ArrayList<>(List.of("plan", planRef(c, in), "care", care(d, named)));
        if (named) {
            slots.addAll(List.of("patient", c.patient().name()));
        }
        // The employer is written to as the plan's sponsor, not named as an office in the body.
        if (kind != ComplaintKind.EMPLOYER) {
            slots.addAll(List.of("office", office));
        }
        String key =
                switch (kind) {
                    case PARITY -> named ? "parity.opening.named" : "parity.opening.unnamed";
                    case STATE_LAW -> named ? "stateLaw.opening.named" : "stateLaw.opening.unnamed";
                    case EMPLOYER -> named ? "employer.opening.named" : "employer.opening.unnamed";
                };
        return WORDS.fill(key, slots.toArray());
    }

    /** "the Harbor Logistics Employee Health Plan, administered by Cascade Mutual Health". */
    private static String planRef(CaseFile c, Inputs in) {
        String name = c.plan().planName();
        Optional<String> payer = in.payer().map(Payer::name);
        if (!name.isEmpty() && payer.isPresent() && !payer.get().equals(name)) {
            return WORDS.fill("plan.namedAdministered", "plan", name, "administrator", payer.get());
        }
        if (!name.isEmpty()) {
            return WORDS.fill("plan.named", "plan", name);
        }
        return payer.map(p -> WORDS.fill("plan.administered", "administrator", p))
                .orElseGet(() -> WORDS.text("plan.unnamed"));
    }

    private static String payerName(Inputs in) {
        return in.payer().map(Payer::name).orElseGet(() -> WORDS.text("administrator.unnamed"));
    }

    /** The care denied: by its level when the patient is named, in general terms otherwise. */
    private static String care(Denial d, boolean named) {
        return named ? Words.care(d.levelOfCare()) : WORDS.text("care.general");
    }

    /**
     * What happened: the denial, then each appeal or review sent and each decision recorded, in
     * date order. Only when the patient is named (dates and references identify a case).
     */
    private static Optional<String> facts(CaseFile c, Denial d, boolean named) {
        if (!named) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        String ref = d.primaryNumber();
        List<Object> slots =
                new ArrayList<>(
                        List.of(
                                "kind",
                                Words.denialKind(d.denialType()),
                                "care",
                                Words.care(d.levelOfCare()),
                                "reference",
                                ref.isEmpty()
                                        ? ""
                                        : " " + WORDS.fill("facts.reference", "reference", ref)));
        Optional<LocalDate> on = d.noticeDate().or(d::effectiveDate);
        on.ifPresent(day -> slots.addAll(List.of("date", Words.date(day))));
        sentences.add(
                WORDS.fill(on.isPresent() ? "facts.denied.on" : "facts.denied", slots.toArray()));
        record Step(LocalDate day, String sentence) {}
        List<Step> steps = new ArrayList<>();
        for (Submission s : c.packet().submissions()) {
            steps.add(
                    new Step(
                            s.sentOn(),
                            WORDS.fill(
                                    s.level() == ReviewLevel.EXTERNAL_REVIEW
                                            ? "facts.sent.external"
                                            : "facts.sent.appeal",
                                    "date",
                                    Words.date(s.sentOn()))));
        }
        for (Decision x : c.decisions()) {
            steps.add(new Step(x.decidedOn(), decided(x)));
        }
        steps.stream()
                .sorted(Comparator.comparing(Step::day))
                .forEach(s -> sentences.add(s.sentence()));
        return Optional.of(String.join(" ", sentences));
    }

    private static String decided(Decision x) {
        String who =
                WORDS.text(
                        x.level() == DecisionLevel.INTERNAL
                                ? "facts.decider.internal"
                                : x.level() == DecisionLevel.EXTERNAL
                                        ? "facts.decider.external"
                                        : "facts.decider.other");
        return WORDS.fill(
                "facts.decided." + x.outcome().id(), "date", Words.date(x.decidedOn()), "who", who);
    }

    /**
     * Each request for documents the plan has not answered: with its due date and the days overdue
     * when a verified rule gives a due date, else the days since it was sent.
     */
    private static Optional<String> unanswered(
            CaseFile c, Inputs in, CitationPicker cite, List<String> used, boolean named) {
        if (!named) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        for (DisclosureRequest r :
                c.disclosureRequests().stream()
                        .filter(r -> r.answeredOn().isEmpty())
                        .filter(r -> !r.sentOn().isAfter(in.today()))
                        .sorted(Comparator.comparing(DisclosureRequest::sentOn))
                        .toList()) {
            String what = r.kind().label();
            String sent = Words.date(r.sentOn());
            if (r.dueOn().isPresent()) {
                LocalDate due = r.dueOn().get();
                if (!in.today().isAfter(due)) {
                    continue;
                }
                String basis = r.citationId().map(id -> cite.cite(used, id)).orElse("");
                sentences.add(
                        WORDS.fill(
                                "requests.overdue",
                                "sent",
                                sent,
                                "what",
                                what,
                                "due",
                                Words.date(due),
                                "law",
                                basis,
                                "today",
                                Words.date(in.today()),
                                "days",
                                days(ChronoUnit.DAYS.between(due, in.today()))));
            } else {
                long days = ChronoUnit.DAYS.between(r.sentOn(), in.today());
                if (days < 1) {
                    continue;
                }
                sentences.add(
                        WORDS.fill(
                                "requests.unanswered",
                                "sent",
                                sent,
                                "what",
                                what,
                                "today",
                                Words.date(in.today()),
                                "days",
                                days(days)));
            }
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }

    /** "1 day", "33 days". */
    private static String days(long n) {
        return n == 1 ? WORDS.text("days.one") : WORDS.fill("days.many", "count", n);
    }

    /** For the employer: the parity rule and the analysis the plan must have, nothing clinical. */
    private static String employerLaw(
            CaseFile c, Denial d, CitationPicker cite, List<String> used) {
        ParityAssessment p =
                ParityAssessor.assess(
                        c.plan().planType(), c.parity(), Optional.of(d), c.statements(), cite.on());
        if (p.applicability() != Applicability.APPLIES) {
            return "";
        }
        String law = cite.cite(used, ParityCitations.STATUTE);
        if (law.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(WORDS.fill("employer.parity", "law", law));
        String analysis = cite.cite(used, ParityCitations.COMPARATIVE_ANALYSIS);
        if (!analysis.isEmpty()) {
            sb.append(' ').append(WORDS.fill("employer.analysis", "law", analysis));
        }
        return sb.toString();
    }

    private static String subject(CaseFile c, Inputs in, Denial d, boolean named) {
        String plan =
                c.plan().planName().isEmpty()
                        ? in.payer().map(Payer::name).orElse(WORDS.text("plan.subject"))
                        : c.plan().planName();
        String kind = WORDS.text("subject.kind." + in.kind().id());
        if (!named) {
            return WORDS.fill("subject.unnamed", "kind", kind, "plan", plan);
        }
        List<String> parts = new ArrayList<>();
        parts.add(WORDS.fill("subject.named", "kind", kind, "patient", c.patient().name()));
        parts.add(plan);
        if (!c.patient().memberId().isEmpty()) {
            parts.add(WORDS.fill("subject.member", "id", c.patient().memberId()));
        }
        if (!d.primaryNumber().isEmpty()) {
            parts.add(WORDS.fill("subject.reference", "reference", d.primaryNumber()));
        }
        return String.join("; ", parts);
    }
}
