package org.overturn.domain.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.packet.PacketFacts;
import org.overturn.domain.parity.ParityFacts;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.measures.MeasureEntry;

/**
 * One denial case: one episode of care, with everything the appeal needs. This aggregate sits above the parts'
 * packages (cases, scoring, deadlines, rebuttal, parity), which know nothing of it, so the domain has no cycle.
 *
 * @param id absent until stored
 * @param clock the dates the deadlines count from that aren't on a denial (appeal filed, final denial, …)
 * @param statements the denial rationale split into statements, with the clinician's confirmed mappings
 * @param rebuttal the rows of the rebuttal matrix
 * @param packet the appeal letter, enclosures, Part 2 consents and submissions (format version 3)
 * @param calls the peer-to-peer calls logged, oldest first (format version 3)
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
        List<CallLog> calls) {

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
        timeline = Text.list(timeline).stream().sorted(Comparator.comparing(TimelineEvent::date)).toList();
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
        requireUniqueIds(denials.stream().map(Denial::id).toList(), "denial");
        requireUniqueIds(authorizations.stream().map(AuthorizationPeriod::id).toList(), "authorization period");
        requireUniqueIds(timeline.stream().map(TimelineEvent::id).toList(), "timeline event");
        requireUniqueIds(assessments.stream().map(Assessment::id).toList(), "assessment");
        requireUniqueIds(measures.stream().map(MeasureEntry::id).toList(), "measure");
        requireUniqueIds(disclosureRequests.stream().map(DisclosureRequest::id).toList(), "disclosure request");
        requireUniqueIds(rebuttal.stream().map(RebuttalRow::id).toList(), "rebuttal row");
        requireUniqueIds(calls.stream().map(CallLog::id).toList(), "call");
    }


    private static void requireUniqueIds(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("two " + what + "s share an id");
        }
    }

    public static CaseFile newCase(Patient patient) {
        return new CaseFile(Optional.empty(), CaseStatus.DENIED, patient, PlanFacts.empty(), Optional.empty(),
                List.of(), List.of(), List.of(), ClockFacts.none(), List.of(), List.of(), List.of(),
                ClinicalPicture.empty(), List.of(), List.of(), ParityFacts.unknown(), PacketFacts.empty(), List.of());
    }

    // ---- copies with one part changed ------------------------------------------------------------------------

    public CaseFile withId(long newId) {
        return new CaseFile(Optional.of(newId), status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    /** The same case without its database id, as an import stores it. */
    public CaseFile withoutId() {
        return new CaseFile(Optional.empty(), status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withStatus(CaseStatus s) {
        return new CaseFile(id, s, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withPatient(Patient p) {
        return new CaseFile(id, status, p, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withPlan(PlanFacts p) {
        return new CaseFile(id, status, patient, p, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withRepresentative(Optional<AuthorizedRepresentative> r) {
        return new CaseFile(id, status, patient, plan, r, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withDenials(List<Denial> d) {
        return new CaseFile(id, status, patient, plan, representative, d, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withAuthorizations(List<AuthorizationPeriod> a) {
        return new CaseFile(id, status, patient, plan, representative, denials, a, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withTimeline(List<TimelineEvent> t) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, t,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withClock(ClockFacts c) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                c, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withDisclosureRequests(List<DisclosureRequest> r) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, r, assessments, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withAssessments(List<Assessment> a) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, a, measures, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withMeasures(List<MeasureEntry> m) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, m, clinical, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withClinical(ClinicalPicture c) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, c, statements, rebuttal, parity, packet, calls);
    }

    public CaseFile withStatements(List<StatementMapping> s) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, s, rebuttal, parity, packet, calls);
    }

    public CaseFile withRebuttal(List<RebuttalRow> r) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, r, parity, packet, calls);
    }

    public CaseFile withParity(ParityFacts p) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, p, packet, calls);
    }

    public CaseFile withPacket(PacketFacts p) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, p, calls);
    }

    public CaseFile withCalls(List<CallLog> c) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, timeline,
                clock, disclosureRequests, assessments, measures, clinical, statements, rebuttal, parity, packet, c);
    }

    /**
     * Records a call (or replaces the one with its id) and its timeline entry, so the call and its event never
     * disagree.
     */
    public CaseFile withCall(CallLog call) {
        return withCalls(replaceOrAdd(calls, call, CallLog::id)).withEvent(call.timelineEvent());
    }

    // ---- edits of one item in a list -------------------------------------------------------------------------

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

    private static <T> List<T> replaceOrAdd(List<T> items, T item, java.util.function.Function<T, String> idOf) {
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

    // ---- what the case says ----------------------------------------------------------------------------------

    /** The denial the case is mainly about: the latest by its effective date, else the last added. */
    /**
     * Whether the case holds scores a reviewer can read: an assessment with every dimension rated, or a measure
     * (PHQ-9 and the like). A started assessment is not a score.
     */
    public boolean scoresRecorded() {
        return assessments.stream().anyMatch(a -> a.unrated().isEmpty()) || !measures.isEmpty();
    }

    public Optional<Denial> currentDenial() {
        return denials.stream().max(Comparator.comparing((Denial d) -> d.effectiveDate().orElse(LocalDate.MIN)));
    }

    /** The first denial of the episode. */
    public Optional<Denial> firstDenial() {
        return denials.stream().findFirst();
    }

    public Optional<LevelOfCare> levelOfCare() {
        return currentDenial().map(Denial::levelOfCare);
    }

    /** What the deadline engine needs, or empty when the case has no plan type or no dated denial yet. */
    public Optional<DeadlineInput> deadlineInput() {
        return currentDenial().flatMap(this::deadlineInput);
    }

    /** What the deadline engine needs for one of the case's denials. */
    public Optional<DeadlineInput> deadlineInput(Denial denial) {
        Optional<LocalDate> from = authorizations.stream().map(AuthorizationPeriod::firstDay).min(Comparator.naturalOrder());
        Optional<LocalDate> through = authorizations.stream().map(AuthorizationPeriod::lastDay)
                .max(Comparator.naturalOrder());
        return DeadlineInput.fromDenial(plan.planType(), Optional.of(denial), clock,
                new Coverage(from, through, Optional.empty(), plan.issuedState()));
    }
}
