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
import org.overturn.domain.wording.Wording;

/**
 * Assembles the prep sheet from the case: the ask, the case in 60 seconds, the argument, and what
 * to expect.
 */
public final class PrepSheetBuilder {

    private static final Wording WORDS = Wording.of("p2p");

    /** The prefix of the keys naming a kind of risk: risk.kind.suicide etc. */
    private static final String RISK_KIND = "risk.kind.";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);

    /**
     * Questions to put to every reviewer, in our words (landscape item 3; Cover My Mental Health's
     * agenda).
     */
    static final List<String> QUESTIONS =
            List.of(
                    WORDS.text("question.credentials"),
                    WORDS.text("question.criteria"),
                    WORDS.text("question.records"),
                    WORDS.text("question.unmet"),
                    WORDS.text("question.safeLevel"));

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
                WORDS.fill("title", "patient", c.patient().name()),
                ask(denial),
                summary(c, now.toLocalDate()),
                dimensions(c),
                lowerLevels(c),
                riskIfStops(c.clinical()),
                answers.objections(c),
                QUESTIONS,
                law.points(c, now.toLocalDate()),
                deadlines(c, now, zone),
                WORDS.fill("deadline.reminder", "warning", CaseClock.P2P_WARNING));
    }

    static String ask(Optional<Denial> denial) {
        if (denial.isEmpty()) {
            return WORDS.text("ask.none");
        }
        Denial d = denial.get();
        String level = d.levelOfCare().label();
        if (d.denialType() == DenialType.POST_SERVICE) {
            String care = from(level, d.startDateRequested());
            if (d.endDateRequested().isPresent()) {
                care =
                        WORDS.fill(
                                "ask.care.to",
                                "care",
                                care,
                                "date",
                                DAY.format(d.endDateRequested().get()));
            }
            return WORDS.fill("ask.postService", "care", care);
        }
        Optional<Integer> units = d.unitsDenied().or(d::unitsRequested);
        String care =
                units.isEmpty()
                        ? level
                        : WORDS.fill(
                                "ask.care.units",
                                "count",
                                units.get(),
                                "unit",
                                d.unitKind().label().toLowerCase(Locale.ROOT),
                                "level",
                                level);
        if (d.hoursPerWeekRequested().isPresent()) {
            care =
                    WORDS.fill(
                            "ask.care.hours",
                            "care",
                            care,
                            "hours",
                            d.hoursPerWeekRequested().get().stripTrailingZeros().toPlainString());
        }
        care = from(care, d.startDateRequested());
        // Care not yet begun is authorized, not reinstated; care under way is continued.
        return WORDS.fill(
                d.denialType() == DenialType.PRE_SERVICE ? "ask.preService" : "ask.continue",
                "care",
                care);
    }

    /** The care asked for, from the day requested when there is one. */
    private static String from(String care, Optional<LocalDate> start) {
        return start.map(day -> WORDS.fill("ask.care.from", "care", care, "date", DAY.format(day)))
                .orElse(care);
    }

    private String summary(CaseFile c, LocalDate today) {
        List<String> parts = new ArrayList<>();
        Optional<Integer> age = c.patient().ageOn(today);
        List<String> dx =
                c.clinical().diagnoses().stream().map(PrepSheetBuilder::diagnosis).toList();
        String diagnoses = String.join("; ", dx);
        if (age.isPresent()) {
            parts.add(
                    dx.isEmpty()
                            ? WORDS.fill("summary.who.aged", "age", age.get())
                            : WORDS.fill(
                                    "summary.who.aged.diagnoses",
                                    "age",
                                    age.get(),
                                    "diagnoses",
                                    diagnoses));
        } else {
            parts.add(
                    dx.isEmpty()
                            ? WORDS.text("summary.who")
                            : WORDS.fill("summary.who.diagnoses", "diagnoses", diagnoses));
        }
        if (c.currentDenial().map(d -> d.denialType() == DenialType.CONCURRENT).orElse(false)) {
            c.authorizations().stream()
                    .map(a -> a.firstDay())
                    .min(Comparator.naturalOrder())
                    .ifPresent(
                            first ->
                                    parts.add(
                                            WORDS.fill(
                                                    "summary.inCareSince",
                                                    "date",
                                                    DAY.format(first))));
        }
        latestAssessments(c)
                .forEach(a -> Placement.evaluate(a).ifPresent(r -> parts.add(scoreLine(a, r))));
        c.currentDenial().ifPresent(d -> parts.add(denial(d)));
        return String.join(" ", parts);
    }

    /** "Concurrent denial on March 4, 2025: …; criteria named: …." */
    private static String denial(Denial d) {
        String s = WORDS.fill("summary.denial.kind", "type", d.denialType().label());
        if (d.effectiveDate().isPresent()) {
            s =
                    WORDS.fill(
                            "summary.denial.on",
                            "denial",
                            s,
                            "date",
                            DAY.format(d.effectiveDate().get()));
        }
        if (!d.reasons().isEmpty()) {
            String reasons =
                    d.reasons().stream()
                            .map(HasId::label)
                            .map(l -> l.toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining("; "));
            s = WORDS.fill("summary.denial.reasons", "denial", s, "reasons", reasons);
        }
        if (!d.criteriaSet().id().equals("unknown")) {
            s =
                    WORDS.fill(
                            "summary.denial.criteria",
                            "denial",
                            s,
                            "criteria",
                            d.criteriaSet().label());
        }
        return WORDS.fill("summary.denial", "denial", s);
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
        String instrument = a.instrument().label();
        String date = DAY.format(a.date());
        if (a.overrideLevel().isEmpty()) {
            return WORDS.fill(
                    "summary.score",
                    "instrument",
                    instrument,
                    "date",
                    date,
                    "level",
                    r.levelName());
        }
        String override = a.instrument().levelName(a.overrideLevel().get());
        return a.varianceReason().isEmpty()
                ? WORDS.fill(
                        "summary.score.override",
                        "instrument",
                        instrument,
                        "date",
                        date,
                        "level",
                        r.levelName(),
                        "override",
                        override)
                : WORDS.fill(
                        "summary.score.override.reason",
                        "instrument",
                        instrument,
                        "date",
                        date,
                        "level",
                        r.levelName(),
                        "override",
                        override,
                        "reason",
                        a.varianceReason());
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
                String evidence =
                        r.evidence().isEmpty() ? WORDS.text("dimension.noEvidence") : r.evidence();
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
                        + e.endDate().map(SHORT::format).orElse(WORDS.text("episode.now"));
        String why = e.endReason().isEmpty() ? "" : "; " + e.endReason();
        return Point.of(e.setting().label() + ", " + when, e.outcome().label() + why);
    }

    private static String riskIfStops(ClinicalPicture p) {
        List<String> parts = new ArrayList<>();
        p.risk().ifPresent(r -> parts.add(risk(r)));
        if (!p.ifCareStops().isEmpty()) {
            parts.add(p.ifCareStops());
        }
        return parts.isEmpty() ? WORDS.text("risk.notRecorded") : String.join(" ", parts);
    }

    private static String risk(RiskAssessment r) {
        List<String> levels = new ArrayList<>();
        add(levels, "suicide", r.suicide());
        add(levels, "selfHarm", r.selfHarm());
        add(levels, "harmToOthers", r.harmToOthers());
        add(levels, "relapseOrOverdose", r.relapseOrOverdose());
        if (levels.isEmpty()) {
            return "";
        }
        String all = String.join(", ", levels);
        return r.date()
                .map(d -> WORDS.fill("risk.current.dated", "date", SHORT.format(d), "levels", all))
                .orElseGet(() -> WORDS.fill("risk.current", "levels", all));
    }

    private static void add(List<String> out, String kind, RiskLevel level) {
        if (level != RiskLevel.NOT_ASSESSED) {
            out.add(riskLevel(kind, level));
        }
    }

    /** "suicide moderate": {@code kind} names a risk.kind. key of the wording file. */
    static String riskLevel(String kind, RiskLevel level) {
        return WORDS.fill(
                "risk.level",
                "what",
                WORDS.text(RISK_KIND + kind),
                "level",
                level.label().toLowerCase(Locale.ROOT));
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
                    Point.of(
                            WORDS.text("deadline.fix"),
                            WORDS.fill(
                                    "deadline.fix.problem",
                                    "problem",
                                    String.valueOf(e.getMessage()))));
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
            String due = d.dueAt().map(at -> WHEN.format(at)).orElse(WHEN_DAY.format(d.dueDate()));
            String left = CaseClock.timeLeft(d, now);
            String text =
                    near
                            ? WORDS.fill(
                                    passed ? "deadline.due.now" : "deadline.due.ifMissed",
                                    "due",
                                    due,
                                    "left",
                                    left,
                                    "consequence",
                                    firstSentence(CaseClock.ifMissed(d, in.get().planType())))
                            : WORDS.fill("deadline.due", "due", due, "left", left);
            out.add(
                    new Point(
                            passed
                                    ? WORDS.fill("deadline.passed", "deadline", d.label())
                                    : d.label(),
                            text,
                            d.citationId()));
        }
        return out;
    }
}
