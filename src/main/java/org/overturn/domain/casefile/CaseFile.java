package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.cases.AuthorizationPeriod;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.cases.CaseStatus;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.Text;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Coverage;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.Decision;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.packet.PacketFacts;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.measures.MeasureEntry;

/**
 * One denial case: one episode of care, with everything the appeal needs. This aggregate sits above
 * the parts' packages (cases, scoring, deadlines, rebuttal, parity), which know nothing of it, so
 * the domain has no cycle.
 *
 * @param id absent until stored
 * @param clock the dates the deadlines count from that aren't on a denial (appeal filed, final
 *     denial, …)
 * @param statements the denial rationale split into statements, with the clinician's confirmed
 *     mappings
 * @param rebuttal the rows of the rebuttal matrix
 * @param packet the appeal letter, enclosures, Part 2 consents and submissions (format version 3)
 * @param calls the peer-to-peer calls logged, oldest first (format version 3)
 * @param decisions the reviews' decisions recorded, oldest first (format version 6)
 */
public record CaseFile(
        Optional<Long> id,
        CaseStatus status,
        Patient patient,
        PlanFacts plan,
        Optional<AuthorizedRepresentative> representative,
        List<Denial> denials,
        List<AuthorizationPeriod> authorizations,
        List<TimelineEvent> timeline,
        ClockFacts clock,
        List<DisclosureRequest> disclosureRequests,
        List<Assessment> assessments,
        List<MeasureEntry> measures,
        ClinicalPicture clinical,
        List<StatementMapping> statements,
        List<RebuttalRow> rebuttal,
        ParityFacts parity,
        PacketFacts packet,
        List<CallLog> calls,
        List<Decision> decisions) {

    public CaseFile {
        id = Text.opt(id);
        status = status == null ? CaseStatus.DENIED : status;
        if (patient == null) {
            throw new IllegalArgumentException("patient is required");
        }
        plan = plan == null ? PlanFacts.empty() : plan;
        representative = Text.opt(representative);
        denials = Text.list(denials);
        authorizations = Text.list(authorizations);
        timeline =
                Text.list(timeline).stream()
                        .sorted(Comparator.comparing(TimelineEvent::date))
                        .toList();
        clock = clock == null ? ClockFacts.none() : clock;
        disclosureRequests = Text.list(disclosureRequests);
        assessments = Text.list(assessments);
        measures = Text.list(measures);
        clinical = clinical == null ? ClinicalPicture.empty() : clinical;
        statements = Text.list(statements);
        rebuttal = Text.list(rebuttal);
        parity = parity == null ? ParityFacts.unknown() : parity;
        packet = packet == null ? PacketFacts.empty() : packet;
        calls = Text.list(calls).stream().sorted(Comparator.comparing(CallLog::at)).toList();
        decisions =
                Text.list(decisions).stream()
                        .sorted(Comparator.comparing(Decision::decidedOn))
                        .toList();
        requireUniqueIds(denials.stream().map(Denial::id).toList(), "denial");
        requireUniqueIds(
                authorizations.stream().map(AuthorizationPeriod::id).toList(),
                "authorization period");
        requireUniqueIds(timeline.stream().map(TimelineEvent::id).toList(), "timeline event");
        requireUniqueIds(assessments.stream().map(Assessment::id).toList(), "assessment");
        requireUniqueIds(measures.stream().map(MeasureEntry::id).toList(), "measure");
        requireUniqueIds(
                disclosureRequests.stream().map(DisclosureRequest::id).toList(),
                "disclosure request");
        requireUniqueIds(rebuttal.stream().map(RebuttalRow::id).toList(), "rebuttal row");
        requireUniqueIds(calls.stream().map(CallLog::id).toList(), "call");
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("two " + what + "s share an id");
        }
    }

    public static CaseFile newCase(Patient patient) {
        return new CaseFile(
                Optional.empty(),
                CaseStatus.DENIED,
                patient,
                PlanFacts.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                ClockFacts.none(),
                List.of(),
                List.of(),
                List.of(),
                ClinicalPicture.empty(),
                List.of(),
                List.of(),
                ParityFacts.unknown(),
                PacketFacts.empty(),
                List.of(),
                List.of());
    }

    // ---- copies with one part changed
    // ------------------------------------------------------------------------

    public CaseFile withId(long newId) {
        return copy(parts -> parts.id = Optional.of(newId));
    }

    /** The same case without its database id, as an import stores it. */
    public CaseFile withoutId() {
        return copy(parts -> parts.id = Optional.empty());
    }

    public CaseFile withStatus(CaseStatus s) {
        return copy(parts -> parts.status = s);
    }

    public CaseFile withPatient(Patient p) {
        return copy(parts -> parts.patient = p);
    }

    public CaseFile withPlan(PlanFacts p) {
        return copy(parts -> parts.plan = p);
    }

    public CaseFile withRepresentative(Optional<AuthorizedRepresentative> r) {
        return copy(parts -> parts.representative = r);
    }

    public CaseFile withDenials(List<Denial> d) {
        return copy(parts -> parts.denials = d);
    }

    public CaseFile withAuthorizations(List<AuthorizationPeriod> a) {
        return copy(parts -> parts.authorizations = a);
    }

    public CaseFile withTimeline(List<TimelineEvent> t) {
        return copy(parts -> parts.timeline = t);
    }

    public CaseFile withClock(ClockFacts c) {
        return copy(parts -> parts.clock = c);
    }

    public CaseFile withDisclosureRequests(List<DisclosureRequest> r) {
        return copy(parts -> parts.disclosureRequests = r);
    }

    public CaseFile withAssessments(List<Assessment> a) {
        return copy(parts -> parts.assessments = a);
    }

    public CaseFile withMeasures(List<MeasureEntry> m) {
        return copy(parts -> parts.measures = m);
    }

    public CaseFile withClinical(ClinicalPicture c) {
        return copy(parts -> parts.clinical = c);
    }

    public CaseFile withStatements(List<StatementMapping> s) {
        return copy(parts -> parts.statements = s);
    }

    public CaseFile withRebuttal(List<RebuttalRow> r) {
        return copy(parts -> parts.rebuttal = r);
    }

    public CaseFile withParity(ParityFacts p) {
        return copy(parts -> parts.parity = p);
    }

    public CaseFile withPacket(PacketFacts p) {
        return copy(parts -> parts.packet = p);
    }

    public CaseFile withCalls(List<CallLog> c) {
        return copy(parts -> parts.calls = c);
    }

    /**
     * Records a call (or replaces the one with its id) and its timeline entry, so the call and its
     * event never disagree.
     */
    public CaseFile withCall(CallLog call) {
        return withCalls(replaceOrAdd(calls, call, CallLog::id)).withEvent(call.timelineEvent());
    }

    public CaseFile withDecisions(List<Decision> d) {
        return copy(parts -> parts.decisions = d);
    }

    /**
     * A case with some of its parts changed: {@code copy(parts -> parts.status = s)}. The one
     * place, besides the record's components, that lists the parts, so a new part is added here and
     * in the record, not in every copy.
     */
    private CaseFile copy(Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return parts.build();
    }

    /**
     * The parts of a case, to change some and build the copy (checked again by the canonical
     * constructor).
     */
    private static final class Parts {
        private Optional<Long> id;
        private CaseStatus status;
        private Patient patient;
        private PlanFacts plan;
        private Optional<AuthorizedRepresentative> representative;
        private List<Denial> denials;
        private List<AuthorizationPeriod> authorizations;
        private List<TimelineEvent> timeline;
        private ClockFacts clock;
        private List<DisclosureRequest> disclosureRequests;
        private List<Assessment> assessments;
        private List<MeasureEntry> measures;
        private ClinicalPicture clinical;
        private List<StatementMapping> statements;
        private List<RebuttalRow> rebuttal;
        private ParityFacts parity;
        private PacketFacts packet;
        private List<CallLog> calls;
        private List<Decision> decisions;

        Parts(CaseFile from) {
            id = from.id;
            status = from.status;
            patient = from.patient;
            plan = from.plan;
            representative = from.representative;
            denials = from.denials;
            authorizations = from.authorizations;
            timeline = from.timeline;
            clock = from.clock;
            disclosureRequests = from.disclosureRequests;
            assessments = from.assessments;
            measures = from.measures;
            clinical = from.clinical;
            statements = from.statements;
            rebuttal = from.rebuttal;
            parity = from.parity;
            packet = from.packet;
            calls = from.calls;
            decisions = from.decisions;
        }

        CaseFile build() {
            return new CaseFile(
                    id,
                    status,
                    patient,
                    plan,
                    representative,
                    denials,
                    authorizations,
                    timeline,
                    clock,
                    disclosureRequests,
                    assessments,
                    measures,
                    clinical,
                    statements,
                    rebuttal,
                    parity,
                    packet,
                    calls,
                    decisions);
        }
    }

    // ---- edits of one item in a list
    // -------------------------------------------------------------------------

    /** Replaces the denial with the same id, or appends it. */
    public CaseFile withDenial(Denial d) {
        return withDenials(replaceOrAdd(denials, d, Denial::id));
    }

    public CaseFile withEvent(TimelineEvent e) {
        return withTimeline(replaceOrAdd(timeline, e, TimelineEvent::id));
    }

    public CaseFile withAssessment(Assessment a) {
        return withAssessments(replaceOrAdd(assessments, a, Assessment::id));
    }

    public CaseFile withMeasure(MeasureEntry m) {
        return withMeasures(replaceOrAdd(measures, m, MeasureEntry::id));
    }

    public CaseFile withDisclosureRequest(DisclosureRequest r) {
        return withDisclosureRequests(replaceOrAdd(disclosureRequests, r, DisclosureRequest::id));
    }

    public CaseFile withRebuttalRow(RebuttalRow r) {
        return withRebuttal(replaceOrAdd(rebuttal, r, RebuttalRow::id));
    }

    private static <T> List<T> replaceOrAdd(List<T> items, T item, Function<T, String> idOf) {
        List<T> out = new ArrayList<>(items);
        String id = idOf.apply(item);
        for (int i = 0; i < out.size(); i++) {
            if (idOf.apply(out.get(i)).equals(id)) {
                out.set(i, item);
                return out;
            }
        }
        out.add(item);
        return out;
    }

    // ---- what the case says
    // ----------------------------------------------------------------------------------

    /**
     * The denial the case is mainly about: the latest by its effective date, else the last added.
     */
    /**
     * Whether the case holds scores a reviewer can read: an assessment with every dimension rated,
     * or a measure (PHQ-9 and the like). A started assessment is not a score.
     */
    public boolean scoresRecorded() {
        return assessments.stream().anyMatch(a -> a.unrated().isEmpty()) || !measures.isEmpty();
    }

    public Optional<Denial> currentDenial() {
        return denials.stream()
                .max(Comparator.comparing((Denial d) -> d.effectiveDate().orElse(LocalDate.MIN)));
    }

    /** The first denial of the episode. */
    public Optional<Denial> firstDenial() {
        return denials.stream().findFirst();
    }

    public Optional<LevelOfCare> levelOfCare() {
        return currentDenial().map(Denial::levelOfCare);
    }

    /**
     * What the deadline engine needs, or empty when the case has no plan type or no dated denial
     * yet.
     */
    public Optional<DeadlineInput> deadlineInput() {
        return currentDenial().flatMap(this::deadlineInput);
    }

    /** What the deadline engine needs for one of the case's denials. */
    public Optional<DeadlineInput> deadlineInput(Denial denial) {
        Optional<LocalDate> from =
                authorizations.stream()
                        .map(AuthorizationPeriod::firstDay)
                        .min(Comparator.naturalOrder());
        Optional<LocalDate> through =
                authorizations.stream()
                        .map(AuthorizationPeriod::lastDay)
                        .max(Comparator.naturalOrder());
        return DeadlineInput.fromDenial(
                plan.planType(),
                Optional.of(denial),
                clock,
                new Coverage(from, through, Optional.empty(), plan.issuedState()));
    }
}
