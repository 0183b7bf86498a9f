package org.overturn.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One adverse decision in the episode of care: the first denial or a later concurrent-review
 * denial.
 *
 * @param id a stable id within the case (a UUID)
 * @param noticeDate the date printed on the notice
 * @param receivedAt when the denial was received; a phoned denial may come before the letter's date
 * @param unitsRequested sessions or days requested, counted in {@code unitKind}
 * @param startDateRequested the first day of the care requested; for a claim, the first date of
 *     service denied
 * @param endDateRequested the last day of the care requested; for a claim, the last date of service
 *     denied (case format 4)
 */
public record Denial(
        String id,
        Optional<LocalDate> noticeDate,
        Optional<LocalDateTime> receivedAt,
        Optional<ReceiptMethod> receivedBy,
        DenialType denialType,
        boolean urgent,
        LevelOfCare levelOfCare,
        List<DenialReason> reasons,
        List<AdmissionSubReason> admissionSubReasons,
        CriteriaSet criteriaSet,
        String criteriaVersion,
        String reviewerName,
        String reviewerCredentials,
        String authorizationNumber,
        String claimNumber,
        String referenceNumber,
        UnitKind unitKind,
        Optional<Integer> unitsRequested,
        Optional<Integer> unitsDenied,
        Optional<BigDecimal> hoursPerWeekRequested,
        Optional<LocalDate> startDateRequested,
        Optional<BigDecimal> billedAmount,
        String rationale,
        Optional<LocalDate> endDateRequested) {

    private static final BigDecimal MAX_BILLED = BigDecimal.valueOf(1_000_000_000L);

    public Denial {
        id = Text.require(id, "denial id");
        noticeDate = Text.opt(noticeDate);
        receivedAt = Text.opt(receivedAt);
        receivedBy = Text.opt(receivedBy);
        if (denialType == null) {
            throw new IllegalArgumentException("denial type is required");
        }
        if (levelOfCare == null) {
            throw new IllegalArgumentException("level of care is required");
        }
        reasons = Text.list(reasons).stream().distinct().toList();
        admissionSubReasons = Text.list(admissionSubReasons).stream().distinct().toList();
        criteriaSet = criteriaSet == null ? CriteriaSet.UNKNOWN : criteriaSet;
        criteriaVersion = Text.clean(criteriaVersion);
        reviewerName = Text.clean(reviewerName);
        reviewerCredentials = Text.clean(reviewerCredentials);
        authorizationNumber = Text.clean(authorizationNumber);
        claimNumber = Text.clean(claimNumber);
        referenceNumber = Text.clean(referenceNumber);
        unitKind = unitKind == null ? UnitKind.SESSIONS : unitKind;
        unitsRequested = nonNegative(unitsRequested, "units requested");
        unitsDenied = nonNegative(unitsDenied, "units denied");
        if (unitsRequested.isPresent()
                && unitsDenied.isPresent()
                && unitsDenied.get() > unitsRequested.get()) {
            throw new IllegalArgumentException(
                    "units denied ("
                            + unitsDenied.get()
                            + ") cannot exceed units requested ("
                            + unitsRequested.get()
                            + ")");
        }
        hoursPerWeekRequested = Text.opt(hoursPerWeekRequested);
        hoursPerWeekRequested.ifPresent(
                h -> {
                    if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(168)) > 0) {
                        throw new IllegalArgumentException(
                                "hours per week must be between 0 and 168");
                    }
                });
        startDateRequested = Text.opt(startDateRequested);
        billedAmount = Text.opt(billedAmount);
        billedAmount.ifPresent(
                b -> {
                    if (b.signum() < 0) {
                        throw new IllegalArgumentException("billed amount cannot be negative");
                    }
                    // A billion dollars for one denied stay is a typing or conversion error (1e400
                    // reads as a number too).
                    if (b.compareTo(MAX_BILLED) >= 0) {
                        throw new IllegalArgumentException(
                                "billed amount must be less than $1,000,000,000");
                    }
                });
        rationale = Text.body(rationale);
        endDateRequested = Text.opt(endDateRequested);
        if (endDateRequested.isPresent()
                && startDateRequested.isPresent()
                && endDateRequested.get().isBefore(startDateRequested.get())) {
            throw new IllegalArgumentException(
                    "the last date requested ("
                            + endDateRequested.get()
                            + ") is before the first ("
                            + startDateRequested.get()
                            + ")");
        }
    }

    /** A denial without a last date requested (the shape of case formats 1 to 3). */
    public Denial(
            String id,
            Optional<LocalDate> noticeDate,
            Optional<LocalDateTime> receivedAt,
            Optional<ReceiptMethod> receivedBy,
            DenialType denialType,
            boolean urgent,
            LevelOfCare levelOfCare,
            List<DenialReason> reasons,
            List<AdmissionSubReason> admissionSubReasons,
            CriteriaSet criteriaSet,
            String criteriaVersion,
            String reviewerName,
            String reviewerCredentials,
            String authorizationNumber,
            String claimNumber,
            String referenceNumber,
            UnitKind unitKind,
            Optional<Integer> unitsRequested,
            Optional<Integer> unitsDenied,
            Optional<BigDecimal> hoursPerWeekRequested,
            Optional<LocalDate> startDateRequested,
            Optional<BigDecimal> billedAmount,
            String rationale) {
        this(
                id,
                noticeDate,
                receivedAt,
                receivedBy,
                denialType,
                urgent,
                levelOfCare,
                reasons,
                admissionSubReasons,
                criteriaSet,
                criteriaVersion,
                reviewerName,
                reviewerCredentials,
                authorizationNumber,
                claimNumber,
                referenceNumber,
                unitKind,
                unitsRequested,
                unitsDenied,
                hoursPerWeekRequested,
                startDateRequested,
                billedAmount,
                rationale,
                Optional.empty());
    }

    public Denial withEndDateRequested(Optional<LocalDate> end) {
        return new Denial(
                id,
                noticeDate,
                receivedAt,
                receivedBy,
                denialType,
                urgent,
                levelOfCare,
                reasons,
                admissionSubReasons,
                criteriaSet,
                criteriaVersion,
                reviewerName,
                reviewerCredentials,
                authorizationNumber,
                claimNumber,
                referenceNumber,
                unitKind,
                unitsRequested,
                unitsDenied,
                hoursPerWeekRequested,
                startDateRequested,
                billedAmount,
                rationale,
                end);
    }

    private static Optional<Integer> nonNegative(Optional<Integer> v, String what) {
        Optional<Integer> o = Text.opt(v);
        o.ifPresent(
                n -> {
                    if (n < 0) {
                        throw new IllegalArgumentException(what + " cannot be negative");
                    }
                });
        return o;
    }

    /** A fresh denial with sensible defaults, for the New denial command. */
    public static Denial blank(DenialType type, LevelOfCare level) {
        return new Denial(
                UUID.randomUUID().toString(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                type,
                false,
                level,
                List.of(),
                List.of(),
                CriteriaSet.UNKNOWN,
                "",
                "",
                "",
                "",
                "",
                "",
                UnitKind.SESSIONS,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    /** The day the clock starts: the earlier of the notice date and the day it was received. */
    public Optional<LocalDate> effectiveDate() {
        Optional<LocalDate> received = receivedAt.map(LocalDateTime::toLocalDate);
        if (noticeDate.isPresent() && received.isPresent()) {
            return Optional.of(
                    noticeDate.get().isBefore(received.get()) ? noticeDate.get() : received.get());
        }
        return noticeDate.isPresent() ? noticeDate : received;
    }

    /** The claim number, else the authorization number, else the reference number. */
    public String primaryNumber() {
        if (!claimNumber.isEmpty()) {
            return claimNumber;
        }
        return !authorizationNumber.isEmpty() ? authorizationNumber : referenceNumber;
    }
}
