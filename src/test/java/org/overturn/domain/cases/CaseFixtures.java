package org.overturn.domain.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;

/** Cases with every part filled, for tests that round-trip or validate them. */
public final class CaseFixtures {

    /**
     * Text that has broken naive storage and JSON code before: Unicode, quotes, backslashes, SQL.
     */
    public static final List<String> AWKWARD_TEXT =
            List.of(
                    "Nguyễn Thị Ánh",
                    "Łukasz Żółć",
                    "Δημήτρης",
                    "Иван",
                    "O'Brien \"Jr.\"",
                    "C:\\Users\\back\\slash \\n not a newline",
                    "'; DROP TABLE case_file; --",
                    "Robert'); DELETE FROM payer WHERE ('1'='1",
                    "emoji 🧠 and tab\tinside");

    private CaseFixtures() {}

    public static Denial denial(String id, String text) {
        return new Denial(
                id,
                Optional.of(LocalDate.of(2026, 3, 4)),
                Optional.of(LocalDateTime.of(2026, 3, 2, 16, 20)),
                Optional.of(ReceiptMethod.PHONE),
                DenialType.CONCURRENT,
                true,
                LevelOfCare.IOP_CO_OCCURRING,
                List.of(DenialReason.ADMISSION_CRITERIA_NOT_MET, DenialReason.OTHER),
                List.of(AdmissionSubReason.NO_IMMINENT_RISK),
                CriteriaSet.LOCUS,
                "v20 " + text,
                "Dr " + text,
                "MD " + text,
                "AUTH-" + text,
                "CLM-" + text,
                "REF-" + text,
                UnitKind.DAYS,
                Optional.of(20),
                Optional.of(12),
                Optional.of(new BigDecimal("9.5")),
                Optional.of(LocalDate.of(2026, 3, 5)),
                Optional.of(new BigDecimal("1234.56")),
                "  Rationale line one: " + text + "\n\n  indented line two");
    }

    /** A case whose every free-text field carries {@code text}. */
    public static CaseFile fullCase(String text) {
        Patient patient =
                new Patient(
                        text,
                        Optional.of(LocalDate.of(1990, 5, 6)),
                        "M-" + text,
                        "G-" + text,
                        "ny");
        PlanFacts plan =
                new PlanFacts(
                        Optional.of(PlanType.ERISA_INSURED),
                        Optional.empty(),
                        "Plan " + text,
                        "NJ",
                        Optional.of(true));
        return CaseFile.newCase(patient)
                .withStatus(CaseStatus.APPEAL_DRAFTED)
                .withPlan(plan)
                .withRepresentative(
                        Optional.of(
                                new AuthorizedRepresentative(
                                        "Rep " + text, "Parent " + text, true)))
                .withDenials(List.of(denial("d-1", text), denial("d-2", text)))
                .withAuthorizations(
                        List.of(
                                new AuthorizationPeriod(
                                        "a-1",
                                        LocalDate.of(2026, 2, 1),
                                        LocalDate.of(2026, 2, 28),
                                        Optional.of(12),
                                        Optional.of(LocalDate.of(2026, 2, 27)))))
                .withTimeline(
                        List.of(
                                new TimelineEvent(
                                        "t-2",
                                        LocalDate.of(2026, 3, 2),
                                        EventKind.CALL,
                                        "Call " + text,
                                        "Note " + text),
                                new TimelineEvent(
                                        "t-1",
                                        LocalDate.of(2026, 2, 1),
                                        EventKind.NOTE,
                                        "Admitted " + text,
                                        "")));
    }

    public static Payer payer(String name) {
        return new Payer(
                Optional.empty(),
                name,
                "PO Box 1\nCity, ST 00000",
                "(555) 555-0100",
                "(555) 555-0101",
                "https://portal.example",
                "BH Manager of " + name);
    }
}
