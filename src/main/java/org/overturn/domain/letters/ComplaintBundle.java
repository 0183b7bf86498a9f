package org.overturn.domain.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.complaints.ComplaintKind;
import org.overturn.domain.complaints.ComplaintRoute;
import org.overturn.domain.complaints.Regulator;
import org.overturn.domain.parity.Applicability;
import org.overturn.domain.parity.ParityAssessment;
import org.overturn.domain.parity.ParityAssessor;
import org.overturn.domain.parity.ParityCitations;
import org.overturn.domain.report.CaseFacts;
import org.overturn.domain.report.ReviewerClass;
import org.overturn.domain.wording.Wording;

/**
 * A program's parity complaint about one payer's denials across several cases (issue 17). Each case
 * appears by the practice's case number only: no name, no member or claim number, no exact date
 * (the month of the denial), and the level of care by its short name; the patients' authorizations
 * in the app do not reach a regulator, so none is named. The law is cited only where the library
 * grounds it for every plan type in the bundle, each case through its own plan type and date.
 */
@Outgoing
public final class ComplaintBundle {

    private static final Wording WORDS = Wording.of("complaints");
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    private ComplaintBundle() {}

    /**
     * What to draft from.
     *
     * @param cases the cases, each with its database id
     * @param payer the payer of the first case
     * @param to the office chosen, or empty for the usual one the cases share
     * @param practice the practice's name as the letter speaks for it, or ""
     */
    public record Inputs(
            List<CaseFile> cases,
            Optional<Payer> payer,
            Optional<Regulator> to,
            String practice,
            CitationLibrary library,
            LocalDate today) {

        public Inputs {
            cases = List.copyOf(cases);
        }
    }

    /** The offices that take a parity complaint for every case given (the usual one first). */
    public static List<Regulator> addressees(List<CaseFile> cases) {
        List<Regulator> common = null;
        for (CaseFile c : cases) {
            ComplaintRoute r = ComplaintComposer.route(c, ComplaintKind.PARITY);
            List<Regulator> here = r.open() ? r.addressees() : List.of();
            common =
                    common == null
                            ? new ArrayList<>(here)
                            : new ArrayList<>(common.stream().filter(here::contains).toList());
        }
        return common == null ? List.of() : List.copyOf(common);
    }

    public static ComplaintComposer.Result draft(Inputs in) {
        if (in.cases().size() < 2) {
            return ComplaintComposer.Result.refused(ComplaintNotes.note("refused.bundle.tooFew"));
        }
        if (in.payer().isEmpty()) {
            return ComplaintComposer.Result.refused(ComplaintNotes.note("refused.bundle.noPayer"));
        }
        Payer payer = in.payer().get();
        Optional<Regulator> chosen = in.to().or(() -> addressees(in.cases()).stream().findFirst());
        if (chosen.isEmpty()) {
            return ComplaintComposer.Result.refused(
                    ComplaintNotes.note("refused.bundle.noCommonOffice"));
        }
        Regulator to = chosen.get();
        List<String> problems = new ArrayList<>();
        for (CaseFile c : in.cases()) {
            String ref = reference(c);
            if (!c.plan().payerId().equals(payer.id())) {
                problems.add(ComplaintNotes.bundleProblem("refused.bundle.otherPayer", ref));
            } else if (c.currentDenial().isEmpty()) {
                problems.add(ComplaintNotes.bundleProblem("refused.bundle.noDenial", ref));
            } else if (!addressees(List.of(c)).contains(to)) {
                problems.add(ComplaintNotes.bundleProblem("refused.bundle.otherOffice", ref));
            } else if (!applies(c, in.today())) {
                problems.add(ComplaintNotes.bundleProblem("refused.bundle.noParity", ref));
            }
        }
        List<String> states =
                in.cases().stream().map(c -> c.plan().issuedState()).distinct().toList();
        if (to.perState() && states.size() > 1) {
            problems.add(ComplaintNotes.note("refused.bundle.states"));
        }
        if (!problems.isEmpty()) {
            return ComplaintComposer.Result.refused(String.join(" ", problems));
        }
        List<CaseFile> cases =
                in.cases().stream()
                        .sorted(
                                Comparator.comparing(
                                                (CaseFile c) -> deniedOn(c).orElse(LocalDate.MAX))
                                        .thenComparing(c -> c.id().orElse(Long.MAX_VALUE)))
                        .toList();
        String state = states.get(0);
        String office = to.inSentence(state);
        List<String> used = new ArrayList<>();
        List<String> body = new ArrayList<>();
        body.add(opening(in, payer, cases, office));
        for (CaseFile c : cases) {
            body.add(caseLine(c));
        }
        body.add(pattern(cases));
        String law = law(in, to, cases, used);
        if (law.isEmpty()) {
            return ComplaintComposer.Result.refused(
                    ComplaintNotes.note("refused.parity.nothingCited"));
        }
        body.add(law);
        boolean analysis =
                used.stream().anyMatch(i -> i.startsWith(ParityCitations.COMPARATIVE_ANALYSIS));
        body.add(
                WORDS.fill(
                        analysis ? "bundle.ask.analysis" : "bundle.ask",
                        "office",
                        office,
                        "payer",
                        payer.name()));
        body.add(WORDS.text("bundle.closing"));
        return ComplaintComposer.Result.of(
                new ComplaintDraft(
                        ComplaintKind.PARITY,
                        to,
                        to.addressLines(state, ""),
                        WORDS.fill("bundle.subject", "payer", payer.name(), "count", cases.size()),
                        WORDS.text("salutation.regulator"),
                        body,
                        used,
                        false));
    }

    private static boolean applies(CaseFile c, LocalDate today) {
        Optional<Denial> d = c.currentDenial();
        ParityAssessment p =
                ParityAssessor.assess(
                        c.plan().planType(),
                        c.parity(),
                        d,
                        c.statements(),
                        d.flatMap(Denial::effectiveDate).orElse(today));
        return p.applicability() == Applicability.APPLIES
                || p.applicability() == Applicability.APPLIES_MEDICAID;
    }

    /** "12": the practice's case number, the only thing that points to a patient. */
    static String reference(CaseFile c) {
        return c.id().map(String::valueOf).orElse("?");
    }

    private static Optional<LocalDate> deniedOn(CaseFile c) {
        return c.currentDenial().flatMap(d -> d.noticeDate().or(d::effectiveDate));
    }

    private static String opening(Inputs in, Payer payer, List<CaseFile> cases, String office) {
        List<LocalDate> days = cases.stream().flatMap(c -> deniedOn(c).stream()).sorted().toList();
        String who =
                in.practice().isBlank()
                        ? WORDS.text("bundle.practice.unnamed")
                        : WORDS.fill("bundle.practice", "practice", in.practice());
        String first =
                WORDS.fill(
                        "bundle.opening",
                        "who",
                        who,
                        "count",
                        cases.size(),
                        "payer",
                        payer.name(),
                        "office",
                        office);
        if (days.size() == cases.size()) {
            String from = MONTH.format(days.get(0));
            String to = MONTH.format(days.get(days.size() - 1));
            first +=
                    ' '
                            + (from.equals(to)
                                    ? WORDS.fill("bundle.period.month", "month", from)
                                    : WORDS.fill("bundle.period", "from", from, "to", to));
        }
        return first + ' ' + WORDS.text("bundle.identified");
    }

    /** "• Case 12, November 2026: a concurrent-review denial of IOP, mental health; ..." */
    private static String caseLine(CaseFile c) {
        Denial d = c.currentDenial().orElseThrow();
        CaseFacts f = CaseFacts.of(c);
        String when =
                deniedOn(c)
                        .map(day -> WORDS.fill("bundle.case.month", "month", MONTH.format(day)))
                        .orElse("");
        String reasons =
                d.reasons().isEmpty()
                        ? WORDS.text("bundle.case.noReason")
                        : Words.and(d.reasons().stream().map(r -> Words.lower(r.label())).toList());
        return WORDS.fill(
                "bundle.case",
                "id",
                reference(c),
                "when",
                when,
                "kind",
                Words.denialKind(d.denialType()),
                "care",
                d.levelOfCare().label(),
                "reasons",
                reasons,
                "criteria",
                d.criteriaSet().label(),
                "reviewer",
                Words.lower(ReviewerClass.of(d.reviewerCredentials()).label()),
                "outcome",
                Words.lower(f.resolution().label()));
    }

    /** The counts a reader would otherwise add up: criteria named, reviewers, outcomes. */
    private static String pattern(List<CaseFile> cases) {
        List<Denial> ds = cases.stream().map(c -> c.currentDenial().orElseThrow()).toList();
        String criteria = counted(ds, d -> d.criteriaSet().label());
        String reviewers =
                counted(ds, d -> Words.lower(ReviewerClass.of(d.reviewerCredentials()).label()));
        String outcomes =
                counted(
                        cases.stream().map(CaseFacts::of).toList(),
                        f -> Words.lower(f.resolution().label()));
        return WORDS.fill(
                "bundle.pattern",
                "criteria",
                criteria,
                "reviewers",
                reviewers,
                "outcomes",
                outcomes);
    }

    /** "InterQual (3) and MCG (1)", most frequent first. */
    private static <T> String counted(List<T> items, Function<T, String> key) {
        Map<String, Long> n =
                items.stream()
                        .collect(
                                Collectors.groupingBy(
                                        key, LinkedHashMap::new, Collectors.counting()));
        return Words.and(
                n.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(e -> WORDS.fill("bundle.count", "what", e.getKey(), "n", e.getValue()))
                        .toList());
    }

    /**
     * The parity rule for these plans, each citation taken through the case's own plan type and
     * date; a sentence is written only when every case has its grounding.
     */
    private static String law(Inputs in, Regulator to, List<CaseFile> cases, List<String> used) {
        List<CitationPicker> pickers =
                cases.stream()
                        .map(
                                c ->
                                        new CitationPicker(
                                                in.library(),
                                                c.plan().planType(),
                                                c.plan().issuedState(),
                                                c.currentDenial()
                                                        .flatMap(Denial::effectiveDate)
                                                        .orElse(in.today())))
                        .toList();
        boolean medicaid = to == Regulator.STATE_MEDICAID;
        String statute =
                allCite(
                        in.library(),
                        pickers,
                        medicaid ? ParityCitations.MEDICAID_SUBPART_K : ParityCitations.STATUTE,
                        used);
        if (statute.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(WORDS.fill("bundle.law", "law", statute));
        String standard = allCite(in.library(), pickers, ParityCitations.NQTL_STANDARD, used);
        if (!standard.isEmpty()) {
            sb.append(' ').append(WORDS.fill("bundle.standard", "law", standard));
        }
        if (!medicaid) {
            String analysis =
                    allCite(in.library(), pickers, ParityCitations.COMPARATIVE_ANALYSIS, used);
            if (!analysis.isEmpty()) {
                sb.append(' ').append(WORDS.fill("bundle.analysis", "law", analysis));
            }
        }
        return sb.toString();
    }

    /**
     * " (29 U.S.C. 1185a; 42 U.S.C. 300gg-26)": the family's entries usable for the cases, or ""
     * unless every case has one.
     */
    private static String allCite(
            CitationLibrary library, List<CitationPicker> pickers, String id, List<String> used) {
        List<String> ids = new ArrayList<>();
        for (CitationPicker p : pickers) {
            List<String> usable = p.usable(List.of(id));
            if (usable.isEmpty()) {
                return "";
            }
            usable.stream().filter(i -> !ids.contains(i)).forEach(ids::add);
        }
        ids.stream().filter(i -> !used.contains(i)).forEach(used::add);
        return " ("
                + String.join("; ", ids.stream().map(i -> library.get(i).citation()).toList())
                + ")";
    }
}
