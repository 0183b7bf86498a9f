package org.overturn.domain.p2p;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.overturn.domain.casefile.CareHistories;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockSummary;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.domain.p2p.PrepSheet.Point;
import org.overturn.domain.rebuttal.CareHistory;
import org.overturn.domain.rebuttal.CareSetting;
import org.overturn.domain.rebuttal.ClinicalPicture;
import org.overturn.domain.rebuttal.Diagnosis;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.RiskAssessment;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;

/**
 * Assembles the prep sheet from the case: the ask, the case in 60 seconds, the argument, and what
 * to expect.
 */
public final class PrepSheetBuilder {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);

    /**
     * Questions to put to every reviewer, in our words (landscape item 3; Cover My Mental Health's
     * agenda).
     */
    static final List<String> QUESTIONS =
            List.of(
                    "Your name, credentials and specialty, and are you board-certified in psychiatry or addiction medicine?",
                    "Which criteria did you apply, and which version and edition?",
                    "Did you review the records we sent, including the treatment history and the risk assessment?",
                    "Which specific criterion do you find unmet, and what evidence would change your decision?",
                    "If you uphold the denial, what level of care do you consider safe, and on what basis?");

    private final LawPoints law;
    private final Function<String, String> dimensionNames;
    private final ObjectionAnswers answers;

    /**
     * @param dimensionNames the display name of a scoring dimension id (from the instrument
     *     definitions)
     */
    public PrepSheetBuilder(
            PatternCatalogue catalogue, LawPoints law, Function<String, String> dimensionNames) {
        this.law = law;
        this.dimensionNames = dimensionNames;
        this.answers = new ObjectionAnswers(catalogue, dimensionNames);
    }

    public PrepSheet build(CaseFile c, LocalDateTime now, ZoneId zone) {
        Optional<Denial> denial = c.currentDenial();
        return new PrepSheet(
                "Peer-to-peer prep: " + c.patient().name(),
                ask(denial),
                summary(c, now.toLocalDate()),
                dimensions(c),
                lowerLevels(c),
                riskIfStops(c.clinical()),
                answers.objections(c),
                QUESTIONS,
                law.points(c, now.toLocalDate()),
                deadlines(c, now, zone),
                CaseClock.P2P_WARNING + " Keep filing on time whatever is said on the call.");
    }

    static String ask(Optional<Denial> denial) {
        if (denial.isEmpty()) {
            return "Authorize the requested level of care.";
        }
        Denial d = denial.get();
        if (d.denialType() == DenialType.POST_SERVICE) {
            StringBuilder s =
                    new StringBuilder("Reprocess and pay the claim for ")
                            .append(d.levelOfCare().label());
            d.startDateRequested().ifPresent(day -> s.append(" from ").append(DAY.format(day)));
            d.endDateRequested().ifPresent(day -> s.append(" to ").append(DAY.format(day)));
            return s.append('.').toString();
        }
        // Care not yet begun is authorized, not reinstated; care under way is continued.
        StringBuilder s =
                new StringBuilder(
                        d.denialType() == DenialType.PRE_SERVICE ? "Authorize " : "Continue ");
        Optional<Integer> units = d.unitsDenied().or(d::unitsRequested);
        units.ifPresent(
                n ->
                        s.append(n)
                                .append(' ')
                                .append(d.unitKind().label().toLowerCase(Locale.ROOT))
                                .append(" of "));
        s.append(d.levelOfCare().label());
        d.hoursPerWeekRequested()
                .ifPresent(
                        h ->
                                s.append(" at ")
                                        .append(h.stripTrailingZeros().toPlainString())
                                        .append(" hours a week"));
        d.startDateRequested().ifPresent(day -> s.append(" from ").append(DAY.format(day)));
        return s.append('.').toString();
    }

    private String summary(CaseFile c, LocalDate today) {
        List<String> parts = new ArrayList<>();
        String who = c.patient().ageOn(today).map(a -> a + "-year-old patient").orElse("Patient");
        List<String> dx =
                c.clinical().diagnoses().stream().map(PrepSheetBuilder::diagnosis).toList();
        parts.add(who + (dx.isEmpty() ? "" : " with " + String.join("; ", dx)) + ".");
        if (c.currentDenial().map(d -> d.denialType() == DenialType.CONCURRENT).orElse(false)) {
            c.authorizations().stream()
                    .map(a -> a.firstDay())
                    .min(Comparator.naturalOrder())
                    .ifPresent(first -> parts.add("In care since " + DAY.format(first) + "."));
        }
        latestAssessments(c)
                .forEach(a -> Placement.evaluate(a).ifPresent(r -> parts.add(scoreLine(a, r))));
        c.currentDenial()
                .ifPresent(
                        d ->
                                parts.add(
                                        d.denialType().label()
                                                + " denial"
                                                + d.effectiveDate()
                                                        .map(day -> " on " + DAY.format(day))
                                                        .orElse("")
                                                + (d.reasons().isEmpty()
                                                        ? ""
                                                        : ": "
                                                                + d.reasons().stream()
                                                                        .map(HasId::label)
                                                                        .map(
                                                                                l ->
                                                                                        l
                                                                                                .toLowerCase(
                                                                                                        Locale
                                                                                                                .ROOT))
                                                                        .collect(
                                                                                Collectors.joining(
                                                                                        "; ")))
                                                + (d.criteriaSet().id().equals("unknown")
                                                        ? ""
                                                        : "; criteria named: "
                                                                + d.criteriaSet().label())
                                                + "."));
        return String.join(" ", parts);
    }

    private static String diagnosis(Diagnosis d) {
        String severity =
                d.severity()
                        .map(s -> s.label().toLowerCase(Locale.ROOT))
                        .filter(s -> !d.name().toLowerCase(Locale.ROOT).contains(s))
                        .map(s -> ", " + s)
                        .orElse("");
        return d.name() + (d.code().isEmpty() ? "" : " (" + d.code() + ")") + severity;
    }

    private static String scoreLine(Assessment a, PlacementResult r) {
        String line = a.instrument().label() + " on " + DAY.format(a.date()) + ": " + r.levelName();
        if (a.overrideLevel().isPresent()) {
            line +=
                    "; clinician's level "
                            + a.instrument().levelName(a.overrideLevel().get())
                            + (a.varianceReason().isEmpty() ? "" : " (" + a.varianceReason() + ")");
        }
        return line + ".";
    }

    /** The latest complete assessment of each instrument the case used. */
    static List<Assessment> latestAssessments(CaseFile c) {
        return c.assessments().stream()
                .filter(a -> a.unrated().isEmpty())
                .collect(
                        Collectors.groupingBy(
                                Assessment::instrument,
                                Collectors.maxBy(Comparator.comparing(Assessment::date))))
                .values()
                .stream()
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(a -> a.instrument().ordinal()))
                .toList();
    }

    private List<Point> dimensions(CaseFile c) {
        List<Point> out = new ArrayList<>();
        for (Assessment a : latestAssessments(c)) {
            for (var r : a.ratings()) {
                String evidence = r.evidence().isEmpty() ? "no evidence note" : r.evidence();
                String dated = r.evidenceDate().map(d -> " (" + SHORT.format(d) + ")").orElse("");
                out.add(
                        Point.of(
                                dimensionNames.apply(r.dimensionId()) + ": " + r.value(),
                                evidence + dated));
            }
        }
        return out;
    }

    /**
     * Care less intensive than the level under review, and crisis or inpatient care that showed a
     * lower level unsafe, in the order it began. Never the care under review itself (still going
     * on), and never a setting as or more intensive than the level denied (residential care or
     * withdrawal management before an IOP is not a lower level).
     */
    static List<Point> lowerLevels(CaseFile c) {
        return lowerLevels(CareHistories.of(c));
    }

    static List<Point> lowerLevels(CareHistory h) {
        return h.before().stream()
                .filter(
                        e ->
                                h.lower().contains(e)
                                        || h.crisis().contains(e)
                                        || e.setting() == CareSetting.INPATIENT)
                .map(PrepSheetBuilder::episode)
                .toList();
    }

    private static Point episode(TreatmentEpisode e) {
        String when =
                e.startDate().map(SHORT::format).orElse("?")
                        + "–"
                        + e.endDate().map(SHORT::format).orElse("now");
        String why = e.endReason().isEmpty() ? "" : "; " + e.endReason();
        return Point.of(e.setting().label() + ", " + when, e.outcome().label() + why);
    }

    private static String riskIfStops(ClinicalPicture p) {
        List<String> parts = new ArrayList<>();
        p.risk().ifPresent(r -> parts.add(risk(r)));
        if (!p.ifCareStops().isEmpty()) {
            parts.add(p.ifCareStops());
        }
        return parts.isEmpty()
                ? "Not recorded yet: add the risk assessment and what happens if care stops."
                : String.join(" ", parts);
    }

    private static String risk(RiskAssessment r) {
        List<String> levels = new ArrayList<>();
        add(levels, "suicide", r.suicide());
        add(levels, "self-harm", r.selfHarm());
        add(levels, "harm to others", r.harmToOthers());
        add(levels, "relapse or overdose", r.relapseOrOverdose());
        String when = r.date().map(d -> " (" + SHORT.format(d) + ")").orElse("");
        return levels.isEmpty()
                ? ""
                : "Current risk" + when + ": " + String.join(", ", levels) + ".";
    }

    private static void add(List<String> out, String what, RiskLevel level) {
        if (level != RiskLevel.NOT_ASSESSED) {
            out.add(what + " " + level.label().toLowerCase(Locale.ROOT));
        }
    }

    static String firstSentence(String text) {
        String t = text.strip();
        int end = t.indexOf(". ");
        return end < 0 ? t : t.substring(0, end + 1);
    }

    /**
     * Every deadline still open for the case's status, in the order they bite: those ahead soonest
     * first (the continuation and expedited dates lead when they are the nearest), then those
     * already passed, each with what missing it means or what can still be done.
     */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.US);

    private static final DateTimeFormatter WHEN_DAY =
            DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.US);

    static List<Point> deadlines(CaseFile c, LocalDateTime now, ZoneId zone) {
        Optional<DeadlineInput> in;
        try {
            in = c.deadlineInput();
        } catch (IllegalArgumentException e) {
            return List.of(
                    Point.of("Dates to fix", "No deadline computed: " + e.getMessage() + "."));
        }
        if (in.isEmpty()) {
            return List.of();
        }
        DeadlineSchedule s = new DeadlineCalculator(zone).calculate(in.get());
        ClockSummary sum =
                CaseClock.summarize(s, in.get().planType(), c.status(), in.get().facts(), now);
        List<Point> out = new ArrayList<>();
        for (Deadline d : CaseClock.byWhenTheyBite(sum.open(), now)) {
            boolean passed = CaseClock.overdue(d, now);
            // One line each on a one-page sheet: the consequence's first sentence (the Overview has
            // the rest).
            // Only the deadlines that bite within a month, or have, say what missing them means.
            boolean near = passed || d.dueDate().isBefore(now.toLocalDate().plusDays(31));
            String consequence =
                    near
                            ? (passed ? " Now: " : " If missed: ")
                                    + firstSentence(CaseClock.ifMissed(d, in.get().planType()))
                            : "";
            String due = d.dueAt().map(at -> WHEN.format(at)).orElse(WHEN_DAY.format(d.dueDate()));
            out.add(
                    new Point(
                            passed ? "Passed: " + d.label() : d.label(),
                            due + " (" + CaseClock.timeLeft(d, now) + ")." + consequence,
                            d.citationId()));
        }
        return out;
    }
}
