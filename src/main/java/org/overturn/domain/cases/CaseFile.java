package org.overturn.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One denial case: one episode of care, with its patient, plan, denials, authorizations and timeline.
 * Later capabilities add their parts here, so a case file holds it all.
 *
 * @param id absent until stored
 */
public record CaseFile(
        Optional<Long> id,
        CaseStatus status,
        Patient patient,
        PlanFacts plan,
        Optional<AuthorizedRepresentative> representative,
        List<Denial> denials,
        List<AuthorizationPeriod> authorizations,
        List<TimelineEvent> timeline) {

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
        timeline = Text.list(timeline).stream()
                .sorted(Comparator.comparing(TimelineEvent::date)).toList();
        requireUniqueIds(denials.stream().map(Denial::id).toList(), "denial");
        requireUniqueIds(authorizations.stream().map(AuthorizationPeriod::id).toList(), "authorization period");
        requireUniqueIds(timeline.stream().map(TimelineEvent::id).toList(), "timeline event");
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("two " + what + "s share an id");
        }
    }

    public static CaseFile newCase(Patient patient) {
        return new CaseFile(Optional.empty(), CaseStatus.DENIED, patient, PlanFacts.empty(), Optional.empty(),
                List.of(), List.of(), List.of());
    }

    public CaseFile withId(long newId) {
        return new CaseFile(Optional.of(newId), status, patient, plan, representative, denials, authorizations, timeline);
    }

    public CaseFile withStatus(CaseStatus s) {
        return new CaseFile(id, s, patient, plan, representative, denials, authorizations, timeline);
    }

    public CaseFile withPatient(Patient p) {
        return new CaseFile(id, status, p, plan, representative, denials, authorizations, timeline);
    }

    public CaseFile withPlan(PlanFacts p) {
        return new CaseFile(id, status, patient, p, representative, denials, authorizations, timeline);
    }

    public CaseFile withRepresentative(Optional<AuthorizedRepresentative> r) {
        return new CaseFile(id, status, patient, plan, r, denials, authorizations, timeline);
    }

    public CaseFile withDenials(List<Denial> d) {
        return new CaseFile(id, status, patient, plan, representative, d, authorizations, timeline);
    }

    public CaseFile withAuthorizations(List<AuthorizationPeriod> a) {
        return new CaseFile(id, status, patient, plan, representative, denials, a, timeline);
    }

    public CaseFile withTimeline(List<TimelineEvent> t) {
        return new CaseFile(id, status, patient, plan, representative, denials, authorizations, t);
    }

    /** Replaces the denial with the same id, or appends it. */
    public CaseFile withDenial(Denial d) {
        List<Denial> list = new ArrayList<>(denials);
        int i = indexOf(list.stream().map(Denial::id).toList(), d.id());
        if (i >= 0) {
            list.set(i, d);
        } else {
            list.add(d);
        }
        return withDenials(list);
    }

    public CaseFile withEvent(TimelineEvent e) {
        List<TimelineEvent> list = new ArrayList<>(timeline);
        list.removeIf(x -> x.id().equals(e.id()));
        list.add(e);
        return withTimeline(list);
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }

    /** The denial the case is mainly about: the latest by its effective date, else the last added. */
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
}
