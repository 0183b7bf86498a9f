package org.overturn.domain.rebuttal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted denial rationale into statements and recognises the catalogue's patterns in each,
 * offline. A trigger counts only if no negation cue stands between the start of its clause and the
 * trigger, so "there is no evidence that acute symptoms have resolved" does not count as "acute
 * symptoms have resolved". Patterns whose claim is itself negative ("not at imminent risk") carry
 * the negation inside the trigger, so "is at imminent risk" never matches them, or name what is
 * said to be absent as a negated trigger, which counts only after a negation cue ("no evidence of
 * bradycardia"); the matched words then run from the cue, so the clinician sees the negation that
 * made the claim.
 */
public final class DenialTextAnalyzer {

    private final PatternCatalogue catalogue;
    private final Map<String, List<Pattern>> triggers = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> negatedTriggers = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> exclusions = new LinkedHashMap<>();
    private final List<Pattern> negationCues;
    private final Pattern clauseBoundary;

    public DenialTextAnalyzer(PatternCatalogue catalogue) {
        this.catalogue = catalogue;
        for (DenialPattern p : catalogue.patterns()) {
            triggers.put(p.id(), p.triggers().stream().map(Pattern::compile).toList());
            negatedTriggers.put(
                    p.id(), p.negatedTriggers().stream().map(Pattern::compile).toList());
            exclusions.put(p.id(), new ArrayList<>());
        }
        catalogue
                .exclusions()
                .forEach(e -> exclusions.get(e.patternId()).add(Pattern.compile(e.regex())));
        this.negationCues = catalogue.negationCues().stream().map(Pattern::compile).toList();
        this.clauseBoundary = Pattern.compile(catalogue.clauseBoundaries());
    }

    public PatternCatalogue catalogue() {
        return catalogue;
    }

    /** The statements of the rationale, numbered s1, s2, … in order. */
    public static List<Statement> statements(String rationale) {
        List<String> parts = SentenceSplitter.split(rationale);
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Statement("s" + (i + 1), parts.get(i)));
        }
        return out;
    }

    /** The patterns recognised in one statement, in catalogue order. */
    public List<PatternMatch> recognise(String statement) {
        String text = normalise(statement);
        List<PatternMatch> out = new ArrayList<>();
        for (DenialPattern p : catalogue.patterns()) {
            firstMatch(p.id(), text).ifPresent(out::add);
        }
        return out;
    }

    /**
     * One proposed, unconfirmed mapping per statement; statements nothing matched get an empty
     * mapping.
     */
    public List<StatementMapping> propose(String rationale) {
        return statements(rationale).stream().map(this::propose).toList();
    }

    public StatementMapping propose(Statement s) {
        List<PatternMatch> matches = recognise(s.text());
        if (matches.isEmpty()) {
            return StatementMapping.unmapped(s);
        }
        // The first pattern in catalogue order sets the category; the others add the dimensions and
        // arguments.
        DenialPattern first = catalogue.pattern(matches.get(0).patternId()).orElseThrow();
        Set<String> dims = new LinkedHashSet<>();
        Set<String> args = new LinkedHashSet<>();
        String detail = "";
        for (PatternMatch m : matches) {
            DenialPattern p = catalogue.pattern(m.patternId()).orElseThrow();
            dims.addAll(p.dimensionIds());
            args.addAll(p.argumentIds());
            detail = detail.isEmpty() ? m.detail() : detail;
        }
        return new StatementMapping(
                s,
                matches.stream().map(PatternMatch::patternId).toList(),
                first.reason(),
                first.subReason(),
                List.copyOf(dims),
                List.copyOf(args),
                detail,
                false);
    }

    private Optional<PatternMatch> firstMatch(String patternId, String text) {
        for (Pattern trigger : triggers.get(patternId)) {
            Matcher m = trigger.matcher(text);
            while (m.find()) {
                if (negationCue(text, m.start()).isEmpty()
                        && !excluded(patternId, text, m.start(), m.end())) {
                    return Optional.of(new PatternMatch(patternId, m.group(), detail(m)));
                }
            }
        }
        for (Pattern trigger : negatedTriggers.get(patternId)) {
            Matcher m = trigger.matcher(text);
            while (m.find()) {
                OptionalInt cue = negationCue(text, m.start());
                if (cue.isPresent() && !excluded(patternId, text, cue.getAsInt(), m.end())) {
                    return Optional.of(
                            new PatternMatch(
                                    patternId, text.substring(cue.getAsInt(), m.end()), detail(m)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the first negation cue between the start of the trigger's clause and the trigger
     * begins, if any.
     */
    private OptionalInt negationCue(String text, int triggerStart) {
        int clauseStart = 0;
        Matcher b = clauseBoundary.matcher(text);
        while (b.find() && b.end() <= triggerStart) {
            clauseStart = b.end();
        }
        String window = text.substring(clauseStart, triggerStart);
        OptionalInt first = OptionalInt.empty();
        for (Pattern c : negationCues) {
            Matcher m = c.matcher(window);
            if (m.find() && (first.isEmpty() || m.start() < first.getAsInt())) {
                first = OptionalInt.of(m.start());
            }
        }
        return first.isPresent() ? OptionalInt.of(clauseStart + first.getAsInt()) : first;
    }

    private boolean excluded(String patternId, String text, int start, int end) {
        for (Pattern x : exclusions.get(patternId)) {
            Matcher m = x.matcher(text);
            while (m.find()) {
                if (m.start() < end && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String detail(Matcher m) {
        try {
            String d = m.group("detail");
            return d == null ? "" : d.strip();
        } catch (IllegalArgumentException noSuchGroup) {
            return "";
        }
    }

    /**
     * Lower case, straight quotes, contractions spelled out, so triggers need one spelling of each
     * negation.
     */
    static String normalise(String s) {
        String t =
                s.toLowerCase(Locale.ROOT)
                        .replace('\u2019', '\'')
                        .replace('\u2018', '\'')
                        .replace('\u201c', '"')
                        .replace('\u201d', '"')
                        .replace('\u2013', '-')
                        .replace('\u2014', '-');
        t =
                t.replaceAll("\\bcannot\\b", "can not")
                        .replaceAll("\\bcan't\\b", "can not")
                        .replaceAll("\\bwon't\\b", "will not")
                        .replaceAll("n't\\b", " not")
                        .replaceAll("\\bw/o\\b", "without");
        return t.replaceAll("\\s+", " ").strip();
    }
}
