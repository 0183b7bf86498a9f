package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.overturn.persistence.RebuttalDataLoader;

/**
 * Every rule in the catalogue has a test: each trigger, negated trigger and exclusion is exercised
 * by a sentence of the corpus (whose labels {@link DenialCorpusTest} checks) or by one of the
 * examples here, which say what they must and must not be recognised as.
 */
class PatternRulesTest {

    private static final PatternCatalogue CATALOGUE = RebuttalDataLoader.loadPatternCatalogue();
    private static final DenialTextAnalyzer ANALYZER = new DenialTextAnalyzer(CATALOGUE);

    /** Sentence → the pattern it must be recognised as, or "!id" for one it must not. */
    static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("The member is no longer in imminent danger.", "no-imminent-risk");
        EXAMPLES.put("She was assessed as low suicide risk at the last visit.", "no-imminent-risk");
        EXAMPLES.put("She is appropriate for a less intensive setting.", "lower-level-sufficient");
        EXAMPLES.put("The member has failed to improve in the program.", "lack-of-progress");
        EXAMPLES.put("The acute phase has passed.", "acute-symptoms-resolved");
        EXAMPLES.put(
                "IOP was requested without a trial of outpatient therapy.",
                "lower-level-not-tried");
        EXAMPLES.put("Her current symptoms are not documented.", "no-documentation");
        EXAMPLES.put("Please submit additional clinical documentation.", "no-documentation");
        EXAMPLES.put("The requested records have not been received.", "no-documentation");
        EXAMPLES.put("There is a lack of medical necessity for IOP.", "not-medically-necessary");
        EXAMPLES.put("The member missed several groups this week.", "not-engaged");
        EXAMPLES.put("Stability has been achieved.", "stable");
        EXAMPLES.put("The plan received late notification of the admission.", "late-notification");
        EXAMPLES.put("Labs show no hypophosphatemia.", "ed-medically-stable");
        EXAMPLES.put("No arrhythmia was found on the ECG.", "ed-medically-stable");
        EXAMPLES.put("There is no lack of progress in IOP.", "!lack-of-progress");
        EXAMPLES.put(
                "The member did not complete withdrawal management before this admission.",
                "!withdrawal-not-present");
    }

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        DenialCorpusTest.read(DenialCorpusTest.CORPUS)
                .forEach(s -> out.add(DenialTextAnalyzer.normalise(s.sentence())));
        EXAMPLES.keySet().forEach(s -> out.add(DenialTextAnalyzer.normalise(s)));
        return out;
    }

    @Test
    void eachExampleIsRecognisedAsItSays() {
        EXAMPLES.forEach(
                (sentence, expected) -> {
                    List<String> ids =
                            ANALYZER.recognise(sentence).stream()
                                    .map(PatternMatch::patternId)
                                    .toList();
                    if (expected.startsWith("!")) {
                        assertThat(ids).as(sentence).doesNotContain(expected.substring(1));
                    } else {
                        assertThat(ids).as(sentence).contains(expected);
                    }
                });
    }

    @Test
    void everyTriggerNegatedTriggerAndExclusionIsExercised() throws IOException {
        List<String> texts = texts();
        List<String> unused = new ArrayList<>();
        for (DenialPattern p : CATALOGUE.patterns()) {
            p.triggers().stream()
                    .filter(t -> noneMatch(t, texts))
                    .forEach(t -> unused.add(p.id() + ": " + t));
            p.negatedTriggers().stream()
                    .filter(t -> noneMatch(t, texts))
                    .forEach(t -> unused.add(p.id() + " (negated): " + t));
        }
        CATALOGUE.exclusions().stream()
                .filter(x -> noneMatch(x.regex(), texts))
                .forEach(x -> unused.add(x.patternId() + " (exclusion): " + x.regex()));
        assertThat(unused).as("rules no sentence exercises").isEmpty();
    }

    private static boolean noneMatch(String regex, List<String> texts) {
        Pattern p = Pattern.compile(regex);
        return texts.stream().noneMatch(t -> p.matcher(t).find());
    }
}
