package org.overturn.domain.p2p;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.overturn.domain.casefile.CareHistories;
import org.overturn.domain.casefile.CaseEvidence;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.p2p.PrepSheet.Objection;
import org.overturn.domain.rebuttal.CareHistory;
import org.overturn.domain.rebuttal.MeasureEvidence;
import org.overturn.domain.rebuttal.MeasuresOnFile;
import org.overturn.domain.rebuttal.PatternCatalogue;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.RiskAssessment;
import org.overturn.domain.rebuttal.RiskLevel;
import org.overturn.domain.rebuttal.StatementMapping;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.wording.Wording;

/**
 * The sheet's objections and their answers. Statements that make the same claim (the same first
 * pattern, or the same words) are one objection, however often a long rationale repeats it; its
 * other wordings are kept with it. An answer says what the case holds, never what the reviewer
 * said: the clinician's own answer when there is one, and always the ratings, measures, treatment
 * history, risk assessment or placement it rests on, each cited once.
 */
final class ObjectionAnswers {

    private static final Wording WORDS = Wording.of("p2p");

    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.US);

    /**
     * A rating at or above the middle of its scale shows need; a lower one is never offered as
     * support.
     */
    private static final double SUPPORTS_FROM = 0.5;

    /** The most facts one answer cites, so it can be said in one breath. */
    private static final int MOST_FACTS = 3;

    /** Claims about safety or acuity, which the risk assessment answers. */
    private static final Pattern RISK_CLAIM =
            Pattern.compile(
                    "risk|suicid|harm|safe|danger|imminent|acute|stable|stabili[sz]|crisis|resolved|withdraw");

    /**
     * The drafted preamble that restates the reviewer; never part of a sheet answer. This and the
     * connectives recognise sentences {@code RebuttalDrafter} writes; they are matched, not
     * printed.
     */
    private static final String RESTATEMENT = "the reviewer's statement implies";

    /**
     * The drafter's sentences that carry no fact of their own, read from the file it writes them
     * from.
     */
    private static final Set<String> CONNECTIVES =
            Set.of(
                    words(Wording.of("rebuttal").text("answer.notSupported")),
                    words(Wording.of("rebuttal").text("answer.stillNecessary")));

    /** The answer when nothing in the case answers the claim. */
    private static final String NOTHING_YET = WORDS.text("answer.nothingYet");

    private final PatternCatalogue catalogue;
    private final MeasuresOnFile measuresOnFile;
    private final Function<String, String> dimensionNames;

    ObjectionAnswers(PatternCatalogue catalogue, Function<String, String> dimensionNames) {
        this.catalogue = catalogue;
        this.measuresOnFile = new MeasuresOnFile(catalogue.measureTopics());
        this.dimensionNames = dimensionNames;
    }

    /** Statements making one claim. */
    record Group(List<StatementMapping> mappings, List<String> quotes) {}

    /**
     * The objections of the case: its confirmed statements, else those a pattern recognised, else
     * its reasons.
     */
    List<Objection> objections(CaseFile c) {
        List<StatementMapping> mappings =
                c.statements().stream().filter(StatementMapping::confirmed).toList();
        if (mappings.isEmpty()) {
            mappings = c.statements().stream().filter(m -> !m.patternIds().isEmpty()).toList();
        }
        List<Objection> out = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        for (Group g : group(mappings)) {
            String a = answer(c, g, false, Set.of());
            if (given.contains(a)) {
                // Two claims answered word for word alike read as a script: the second rests on
                // what the earlier
                // answers have not cited yet, from any dimension rated; failing that, it stays as
                // it is.
                String other = answer(c, g, true, given);
                a = other.equals(NOTHING_YET) ? a : other;
            }
            given.add(a);
            out.add(new Objection(g.quotes().get(0), a, g.quotes().subList(1, g.quotes().size())));
        }
        if (out.isEmpty()) {
            c.currentDenial()
                    .ifPresent(
                            d ->
                                    d.reasons()
                                            .forEach(
                                                    r ->
                                                            out.add(
                                                                    new Objection(
                                                                            r.label(),
                                                                            compose(
                                                                                    c,
                                                                                    "",
                                                                                    r,
                                                                                    Optional
                                                                                            .empty(),
                                                                                    List.of(),
                                                                                    List.of(),
                                                                                    List.of(),
                                                                                    List.of(
                                                                                            r
                                                                                                    .label()),
                                                                                    Set.of()),
                                                                            List.of()))));
        }
        return out;
    }

    /**
     * Mappings grouped by claim, in the order each claim is first made; each group's distinct
     * wordings.
     */
    static List<Group> group(List<StatementMapping> mappings) {
        Map<String, List<StatementMapping>> by = new LinkedHashMap<>();
        for (StatementMapping m : mappings) {
            by.computeIfAbsent(key(m), k -> new ArrayList<>()).add(m);
        }
        List<Group> out = new ArrayList<>();
        for (List<StatementMapping> ms : by.values()) {
            Map<String, String> quotes = new LinkedHashMap<>();
            ms.forEach(m -> quotes.putIfAbsent(words(m.statement().text()), m.statement().text()));
            out.add(new Group(List.copyOf(ms), List.copyOf(quotes.values())));
        }
        return out;
    }

    /**
     * The claim a statement makes: its first recognised pattern, else its category as the clinician
     * set it, else its words.
     */
    private static String key(StatementMapping m) {
        if (!m.patternIds().isEmpty()) {
            return "pattern:" + m.patternIds().get(0);
        }
        if (m.confirmed() && m.reason() != DenialReason.OTHER) {
            return "reason:" + m.reason().id() + m.subReason().map(s -> "/" + s.id()).orElse("");
        }
        return "words:" + words(m.statement().text());
    }

    /**
     * Lower case, letters and digits only, single spaces: two copies of a sentence compare equal.
     */
    static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll(NOT_A_WORD, " ").strip();
    }

    private String answer(CaseFile c, Group g, boolean everyDimension, Set<String> earlier) {
        Set<String> dims = new LinkedHashSet<>();
        if (everyDimension) {
            PrepSheetBuilder.latestAssessments(c)
                    .forEach(a -> a.ratings().forEach(r -> dims.add(r.dimensionId())));
        }
        Set<String> patterns = new LinkedHashSet<>();
        Set<String> arguments = new LinkedHashSet<>();
        g.mappings()
                .forEach(
                        m -> {
                            dims.addAll(m.dimensionIds());
                            patterns.addAll(m.patternIds());
                            arguments.addAll(m.argumentIds());
                        });
        StatementMapping first = g.mappings().get(0);
        String own = clinicianAnswer(c, g);
        return compose(
                c,
                own,
                first.reason(),
                first.subReason(),
                List.copyOf(patterns),
                List.copyOf(dims),
                List.copyOf(arguments),
                g.quotes(),
                earlier);
    }

    /**
     * The first answer the clinician wrote to any of the group's statements, without sentences
     * restating the claim.
     */
    private static String clinicianAnswer(CaseFile c, Group g) {
        Set<String> ids =
                g.mappings().stream().map(m -> m.statement().id()).collect(Collectors.toSet());
        return c.rebuttal().stream()
                .filter(r -> r.statementId().map(ids::contains).orElse(false))
                // An answer left as the drafter wrote it says less than the facts it was drafted
                // from.
                .filter(r -> !r.answer().equals(r.suggestion()))
                .map(RebuttalRow::answer)
                .filter(a -> !a.isBlank())
                .findFirst()
                .map(a -> firstOwnSentence(a, g.quotes()))
                .orElse("");
    }

    /**
     * The first sentence of the clinician's answer that says something of its own: not the claim,
     * not a connective.
     */
    private static String firstOwnSentence(String text, List<String> quotes) {
        for (String s : text.strip().split(SENTENCE_BREAK)) {
            String w = words(s);
            boolean restates =
                    w.startsWith(words(RESTATEMENT))
                            || CONNECTIVES.contains(w)
                            || quotes.stream()
                                    .map(ObjectionAnswers::words)
                                    .anyMatch(
                                            q -> !q.isEmpty() && (w.contains(q) || q.contains(w)));
            if (!restates && !w.isEmpty()) {
                return s.strip();
            }
        }
        return "";
    }

    /**
     * The answer: the clinician's own sentence, then the facts of the case it rests on, leaving out
     * the facts the earlier answers already give.
     */
    private String compose(
            CaseFile c,
            String own,
            DenialReason reason,
            Optional<AdmissionSubReason> sub,
            List<String> patterns,
            List<String> dims,
            List<String> arguments,
            List<String> quotes,
            Set<String> earlier) {
        // "Intensive outpatient" names the care under review, not a lower level.
        String said = words(String.join(" ", quotes)).replace("intensive outpatient", "iop");
        boolean historyClaim =
                reason == DenialReason.OUTPATIENT_SUFFICIENT
                        || reason == DenialReason.LEVEL_OF_CARE_MISMATCH
                        || sub.map(s -> s == AdmissionSubReason.LOWER_LEVEL_NOT_TRIED).orElse(false)
                        || patterns.stream().anyMatch(p -> p.startsWith("lower-level"))
                        || said.contains("lower level")
                        || said.contains("less intensive")
                        || said.contains("outpatient");
        boolean riskClaim = RISK_CLAIM.matcher(said).find();
        // In the order they carry the answer: the history for a lower-level claim, the strongest
        // rating, the risk
        // assessment for a safety claim, then the other rating and the measures.
        Predicate<String> fresh =
                f -> earlier.stream().noneMatch(a -> a.contains(f) || a.contains(shortFact(f)));
        List<String> rated = ratings(c, dims).stream().filter(fresh).limit(2).toList();
        List<String> facts = new ArrayList<>();
        if (historyClaim) {
            facts.addAll(history(c));
        }
        rated.stream().limit(1).forEach(facts::add);
        if (riskClaim || historyClaim) {
            risk(c).ifPresent(facts::add);
        }
        rated.stream().skip(1).forEach(facts::add);
        facts.addAll(measures(c, quotes));
        if (facts.isEmpty()) {
            facts.addAll(placements(c));
        }
        List<String> cited = facts.stream().distinct().filter(fresh).limit(MOST_FACTS).toList();
        if (!own.isEmpty()) {
            // The clinician's own words carry the answer; when they name no date, score or number,
            // the one fact
            // that carries it most follows as its own sentence, never a list of sources.
            boolean concrete = own.chars().anyMatch(Character::isDigit);
            return concrete || cited.isEmpty() ? own : own + " " + sentence(cited.get(0));
        }
        if (!cited.isEmpty()) {
            return cited.stream().map(ObjectionAnswers::sentence).collect(Collectors.joining(" "));
        }
        if (dims.isEmpty() && !arguments.isEmpty()) {
            // Authorization, network and coverage claims: no rating answers them; the argument, in
            // our words, does.
            return arguments.stream()
                    .map(catalogue::argument)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(a -> PrepSheetBuilder.firstSentence(a.plainWords()))
                    .orElse(WORDS.text("answer.askCriterion"));
        }
        return NOTHING_YET;
    }

    private static String sentence(String fact) {
        return fact.endsWith(".") || fact.endsWith("…") ? fact : fact + ".";
    }

    /** A fact without its evidence note, to compare it with what earlier answers said. */
    private static String shortFact(String fact) {
        for (String kind : HISTORY_KINDS) {
            if (fact.startsWith(kind)) {
                // The episode itself (setting and dates), so two episodes of one kind stay two.
                String episode = fact.substring(kind.length());
                int comma = episode.indexOf(", ");
                return kind + (comma < 0 ? episode : episode.substring(0, comma));
            }
        }
        int colon = fact.indexOf(": ");
        return colon < 0 ? fact : fact.substring(0, colon);
    }

    /** What each kind of history fact says before the episode ("Tried first: "). */
    private static final List<String> HISTORY_KINDS =
            List.of(
                    WORDS.fill("fact.triedFirst", "episode", ""),
                    WORDS.fill("fact.crisis", "episode", ""),
                    WORDS.fill("fact.higherBefore", "episode", ""));

    /**
     * The dimensions' latest ratings that show need, highest first, each with its evidence's first
     * clause.
     */
    private List<String> ratings(CaseFile c, List<String> dims) {
        record Rated(String text, double position) {}
        List<Rated> out = new ArrayList<>();
        for (Assessment a : PrepSheetBuilder.latestAssessments(c)) {
            for (DimensionRating r : a.ratings()) {
                if (!dims.contains(r.dimensionId()) || r.number().isEmpty()) {
                    continue;
                }
                int n = r.number().getAsInt();
                int min = a.instrument().scaleMin();
                int max = a.instrument().scaleMax();
                double position = (n - min) / (double) (max - min);
                if (position < SUPPORTS_FROM) {
                    continue;
                }
                LocalDate when = r.evidenceDate().orElse(a.date());
                String note = clause(r.evidence());
                Object[] slots = {
                    "instrument",
                    a.instrument().label(),
                    "dimension",
                    dimensionNames.apply(r.dimensionId()),
                    "rating",
                    n,
                    "max",
                    max,
                    "date",
                    SHORT.format(when)
                };
                out.add(
                        new Rated(
                                note.isEmpty()
                                        ? WORDS.fill("fact.rating", slots)
                                        : WORDS.fill("fact.rating.note", with(slots, "note", note)),
                                position));
            }
        }
        return out.stream()
                .sorted(Comparator.comparingDouble(Rated::position).reversed())
                .map(Rated::text)
                .toList();
    }

    /** The latest measures on file that the statements are about. */
    private List<String> measures(CaseFile c, List<String> quotes) {
        List<MeasureEvidence> onFile = CaseEvidence.measures(c);
        Map<String, MeasureEvidence> about = new LinkedHashMap<>();
        quotes.forEach(
                q ->
                        measuresOnFile
                                .about(q, onFile)
                                .forEach(m -> about.putIfAbsent(m.measureId(), m)));
        return about.values().stream()
                .limit(2)
                .map(
                        m ->
                                WORDS.fill(
                                        "fact.measure",
                                        "measure",
                                        m.label(),
                                        "result",
                                        m.result(),
                                        "date",
                                        SHORT.format(m.date())))
                .toList();
    }

    /**
     * The care before this episode that shows a lower level is not enough: lower levels that failed
     * first.
     */
    private static List<String> history(CaseFile c) {
        CareHistory h = CareHistories.of(c);
        List<String> out = new ArrayList<>();
        for (TreatmentEpisode e : h.lowerNotEnough()) {
            out.add(WORDS.fill("fact.triedFirst", "episode", episode(e)));
        }
        for (TreatmentEpisode e : h.crisis()) {
            out.add(WORDS.fill("fact.crisis", "episode", episode(e)));
        }
        for (TreatmentEpisode e : h.higher()) {
            out.add(WORDS.fill("fact.higherBefore", "episode", episode(e)));
        }
        if (h.lower().isEmpty() && !c.clinical().history().isEmpty()) {
            out.add(0, WORDS.text("fact.noLowerLevel"));
        }
        return out;
    }

    private static String episode(TreatmentEpisode e) {
        String when =
                e.startDate().map(SHORT::format).orElse("")
                        + e.endDate()
                                .map(d -> "–" + SHORT.format(d))
                                .orElse(
                                        e.startDate().isPresent()
                                                ? "–" + WORDS.text("episode.now")
                                                : "");
        String why = lowerFirst(clause(e.endReason()));
        return e.setting().label().toLowerCase(Locale.ROOT)
                + (when.isEmpty() ? "" : " " + when)
                + ", "
                + e.outcome().label().toLowerCase(Locale.ROOT)
                + (why.isEmpty() ? "" : ": " + why);
    }

    /** "Weekly therapy" after a colon reads "weekly therapy"; "PHQ-9" stays as it is. */
    static String lowerFirst(String s) {
        return s.length() > 1
                        && Character.isUpperCase(s.charAt(0))
                        && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
                : s;
    }

    /** The current risk assessment when it finds a risk of moderate or more. */
    private static Optional<String> risk(CaseFile c) {
        Optional<RiskAssessment> r = c.clinical().risk();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        List<String> levels = new ArrayList<>();
        serious(levels, "suicide", r.get().suicide());
        serious(levels, "selfHarm", r.get().selfHarm());
        serious(levels, "harmToOthers", r.get().harmToOthers());
        serious(levels, "relapseOrOverdose", r.get().relapseOrOverdose());
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        String all = String.join(", ", levels);
        return Optional.of(
                r.get()
                        .date()
                        .map(
                                d ->
                                        WORDS.fill(
                                                "fact.risk.dated",
                                                "date",
                                                SHORT.format(d),
                                                "levels",
                                                all))
                        .orElseGet(() -> WORDS.fill("fact.risk", "levels", all)));
    }

    /** {@code kind} names a risk.kind. key of the wording file. */
    private static void serious(List<String> out, String kind, RiskLevel level) {
        if (level.compareTo(RiskLevel.MODERATE) >= 0) {
            out.add(PrepSheetBuilder.riskLevel(kind, level));
        }
    }

    /** The level each latest assessment places the patient at. */
    private static List<String> placements(CaseFile c) {
        List<String> out = new ArrayList<>();
        for (Assessment a : PrepSheetBuilder.latestAssessments(c)) {
            Placement.evaluate(a)
                    .ifPresent(
                            r ->
                                    out.add(
                                            WORDS.fill(
                                                    "fact.placement",
                                                    "instrument",
                                                    a.instrument().label(),
                                                    "date",
                                                    SHORT.format(a.date()),
                                                    "level",
                                                    r.levelName())));
        }
        return out;
    }

    /** The slots and values given, and one more. */
    private static Object[] with(Object[] slots, String slot, Object value) {
        Object[] out = Arrays.copyOf(slots, slots.length + 2);
        out[slots.length] = slot;
        out[slots.length + 1] = value;
        return out;
    }

    /** The first clause of a note, at most about a line. */
    static String clause(String note) {
        String t = note.strip();
        int cut = t.length();
        for (String stop : new String[] {"; ", ". "}) {
            int i = t.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        t = t.substring(0, cut);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() > 110) {
            int space = t.lastIndexOf(' ', 105);
            t = t.substring(0, space > 0 ? space : 105) + " …";
        }
        return t;
    }

    // The regular expressions come last: WordingFilesTest reads the file's string literals without
    // escapes, and one with a backslash would hide the wording keys after it.

    /** What separates the words of a sentence for comparison: anything not a letter or digit. */
    private static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";

    /** The space after a sentence's end. */
    private static final String SENTENCE_BREAK = "(?<=[.!?])\\s+";
}
