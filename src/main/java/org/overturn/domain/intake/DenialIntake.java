package org.overturn.domain.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.cases.Patient;
import org.overturn.domain.cases.PlanFacts;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.cases.TimelineEvent;
import org.overturn.domain.cases.UnitKind;

/**
 * A new case from the values the clinician confirmed, each read from the denial letter or typed:
 * the patient, the plan (an employer plan is employer-sponsored; Medicaid, Medicare and individual
 * plans are not), the denial with its rationale, and the last covered day on the clock.
 */
public final class DenialIntake {

    private final Map<Field, Object> values = new EnumMap<>(Field.class);

    /**
     * Sets (or with null, clears) one confirmed value; its type must be the field's (see {@link
     * #type}).
     */
    public DenialIntake set(Field f, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            values.remove(f);
            return this;
        }
        if (!type(f).isInstance(value)) {
            throw new IllegalArgumentException(f + " takes a " + type(f).getSimpleName());
        }
        values.put(f, value instanceof String s ? s.strip() : value);
        return this;
    }

    public Optional<Object> get(Field f) {
        return Optional.ofNullable(values.get(f));
    }

    /** The value type of each field. */
    public static Class<?> type(Field f) {
        return switch (f) {
            case DATE_OF_BIRTH, NOTICE_DATE, START_DATE, END_DATE, LAST_COVERED_DAY ->
                    LocalDate.class;
            case PLAN_TYPE -> PlanType.class;
            case DENIAL_TYPE -> DenialType.class;
            case LEVEL_OF_CARE -> LevelOfCare.class;
            case CRITERIA_SET -> CriteriaSet.class;
            case UNIT_KIND -> UnitKind.class;
            case UNITS_REQUESTED, UNITS_DENIED -> Integer.class;
            case URGENT -> Boolean.class;
            default -> String.class;
        };
    }

    /**
     * Takes every value the letter gave exactly once (a field with several candidates is left for
     * the clinician).
     */
    public static DenialIntake from(Extraction e) {
        DenialIntake in = new DenialIntake();
        for (Field f : e.fields()) {
            e.value(f).ifPresent(x -> in.set(f, x.value()));
        }
        return in;
    }

    /** Whether the case can be made: it needs the patient's name. */
    public boolean complete() {
        return values.containsKey(Field.PATIENT_NAME);
    }

    /** The new case (not yet stored). */
    public CaseFile toCase() {
        return toCase(Optional.empty());
    }

    /** The new case, with "Denial entered from its letter" on its timeline on the given day. */
    public CaseFile toCase(LocalDate today) {
        return toCase(Optional.of(today));
    }

    private CaseFile toCase(Optional<LocalDate> today) {
        if (!complete()) {
            throw new IllegalStateException("a new case needs the patient's name");
        }
        Patient patient =
                new Patient(
                        str(Field.PATIENT_NAME),
                        date(Field.DATE_OF_BIRTH),
                        str(Field.MEMBER_ID),
                        "",
                        "");
        Optional<PlanType> plan = get(Field.PLAN_TYPE).map(PlanType.class::cast);
        PlanFacts facts =
                new PlanFacts(
                        plan,
                        Optional.empty(),
                        str(Field.PAYER),
                        "",
                        plan.flatMap(DenialIntake::employer));
        Denial d =
                new Denial(
                        UUID.randomUUID().toString(),
                        date(Field.NOTICE_DATE),
                        Optional.empty(),
                        Optional.empty(),
                        (DenialType) values.getOrDefault(Field.DENIAL_TYPE, DenialType.CONCURRENT),
                        (Boolean) values.getOrDefault(Field.URGENT, Boolean.FALSE),
                        (LevelOfCare)
                                values.getOrDefault(
                                        Field.LEVEL_OF_CARE, LevelOfCare.IOP_MENTAL_HEALTH),
                        List.of(),
                        List.of(),
                        (CriteriaSet) values.getOrDefault(Field.CRITERIA_SET, CriteriaSet.UNKNOWN),
                        "",
                        str(Field.REVIEWER),
                        str(Field.REVIEWER_CREDENTIALS),
                        str(Field.AUTHORIZATION_NUMBER),
                        str(Field.CLAIM_NUMBER),
                        str(Field.REFERENCE_NUMBER),
                        (UnitKind) values.getOrDefault(Field.UNIT_KIND, UnitKind.SESSIONS),
                        get(Field.UNITS_REQUESTED).map(Integer.class::cast),
                        get(Field.UNITS_DENIED).map(Integer.class::cast),
                        Optional.empty(),
                        date(Field.START_DATE),
                        Optional.empty(),
                        str(Field.RATIONALE),
                        date(Field.END_DATE));
        CaseFile c = CaseFile.newCase(patient).withPlan(facts).withDenial(d);
        if (today.isPresent()) {
            c = c.withEvent(TimelineEvent.denialEntered(today.get(), "from its letter"));
        }
        Optional<LocalDate> last = date(Field.LAST_COVERED_DAY);
        return last.isPresent() ? c.withClock(c.clock().withLastCoveredDay(last.get())) : c;
    }

    /** Employer sponsorship follows from the plan type where it can. */
    static Optional<Boolean> employer(PlanType p) {
        return switch (p) {
            case ERISA_SELF_FUNDED, ERISA_INSURED, FEHB -> Optional.of(true);
            case INDIVIDUAL,
                    MEDICAID_MCO,
                    MEDICAID_FFS,
                    MEDICARE_ADVANTAGE,
                    MEDICARE_ORIGINAL,
                    TRICARE ->
                    Optional.of(false);
            default -> Optional.empty();
        };
    }

    private String str(Field f) {
        return (String) values.getOrDefault(f, "");
    }

    private Optional<LocalDate> date(Field f) {
        return get(f).map(LocalDate.class::cast);
    }
}
