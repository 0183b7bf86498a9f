package org.overturn.domain.rebuttal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.overturn.domain.cases.Text;

/**
 * The denial-pattern catalogue, shipped as data ({@code
 * org/overturn/rebuttal/denial-patterns.json}) so a clinician-reviewer can change what is
 * recognised without touching code.
 *
 * @param negationCues regular expressions; a cue between the clause start and a trigger cancels the
 *     trigger
 * @param clauseBoundaries a regular expression for where a clause starts (negation does not cross
 *     it)
 * @param exclusions per pattern id: phrasings that look like the pattern but are not the claim
 *     (e.g. "vital signs are stable" is not "the patient is stable")
 * @param measureTopics which measures on file a statement is about, for drafting answers from the
 *     record
 */
public record PatternCatalogue(
        String version,
        List<DenialPattern> patterns,
        List<RebuttalArgument> arguments,
        List<String> negationCues,
        String clauseBoundaries,
        List<PatternExclusion> exclusions,
        List<MeasureTopic> measureTopics) {

    public PatternCatalogue {
        version = Text.require(version, "catalogue version");
        patterns = Text.list(patterns);
        arguments = Text.list(arguments);
        negationCues = Text.list(negationCues);
        clauseBoundaries = Text.require(clauseBoundaries, "clause boundaries");
        exclusions = Text.list(exclusions);
        measureTopics = Text.list(measureTopics);
        requireUnique(patterns.stream().map(DenialPattern::id).toList(), "pattern");
        requireUnique(arguments.stream().map(RebuttalArgument::id).toList(), "argument");
        Set<String> argumentIds =
                new HashSet<>(arguments.stream().map(RebuttalArgument::id).toList());
        Set<String> patternIds = new HashSet<>(patterns.stream().map(DenialPattern::id).toList());
        for (DenialPattern p : patterns) {
            for (String a : p.argumentIds()) {
                if (!argumentIds.contains(a)) {
                    throw new IllegalArgumentException(
                            "pattern " + p.id() + " names unknown argument " + a);
                }
            }
            p.triggers().forEach(t -> compiles(t, "pattern " + p.id()));
            p.negatedTriggers().forEach(t -> compiles(t, "pattern " + p.id()));
        }
        for (PatternExclusion e : exclusions) {
            if (!patternIds.contains(e.patternId())) {
                throw new IllegalArgumentException(
                        "exclusion names unknown pattern " + e.patternId());
            }
            compiles(e.regex(), "exclusion for " + e.patternId());
        }
        measureTopics.forEach(t -> compiles(t.regex(), "measure topic"));
        negationCues.forEach(c -> compiles(c, "negation cue"));
        compiles(clauseBoundaries, "clause boundaries");
    }

    public Optional<DenialPattern> pattern(String id) {
        return patterns.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<RebuttalArgument> argument(String id) {
        return arguments.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static void requireUnique(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("two " + what + "s share an id");
        }
    }

    private static void compiles(String regex, String where) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    where + ": bad regular expression " + regex + ": " + e.getDescription());
        }
    }

    /** A phrasing that must not count as the pattern where it overlaps a trigger's match. */
    public record PatternExclusion(String patternId, String regex) {
        public PatternExclusion {
            patternId = Text.require(patternId, "exclusion pattern id");
            regex = Text.require(regex, "exclusion regex");
        }
    }

    /**
     * Statements matching {@code regex} (over the normalised text) are about these measures, by
     * measure id.
     */
    public record MeasureTopic(String regex, List<String> measureIds) {
        public MeasureTopic {
            regex = Text.require(regex, "measure topic regex");
            measureIds = Text.list(measureIds);
            if (measureIds.isEmpty()) {
                throw new IllegalArgumentException("measure topic " + regex + " names no measure");
            }
        }
    }
}
