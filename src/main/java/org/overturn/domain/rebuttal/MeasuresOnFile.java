package org.overturn.domain.rebuttal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.overturn.domain.rebuttal.PatternCatalogue.MeasureTopic;
import org.overturn.domain.wording.Wording;

/**
 * Which measures on file a statement is about: "no documentation of withdrawal symptoms" is about
 * CIWA-Ar and COWS, "not at imminent risk" about the C-SSRS and PHQ-9. The topics are catalogue
 * data. The sentence that cites them is in the wording file {@code rebuttal}.
 */
public final class MeasuresOnFile {

    private static final Wording WORDS = Wording.of("rebuttal");

    private final List<Pattern> topics = new ArrayList<>();
    private final List<List<String>> measureIds = new ArrayList<>();

    public MeasuresOnFile(List<MeasureTopic> measureTopics) {
        for (MeasureTopic t : measureTopics) {
            topics.add(Pattern.compile(t.regex()));
            measureIds.add(t.measureIds());
        }
    }

    /**
     * The latest entry of each measure the statement is about, in the order the topics name them.
     */
    public List<MeasureEvidence> about(String statement, List<MeasureEvidence> onFile) {
        String text = DenialTextAnalyzer.normalise(statement);
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).matcher(text).find()) {
                measureIds.get(i).stream().filter(id -> !wanted.contains(id)).forEach(wanted::add);
            }
        }
        Map<String, MeasureEvidence> latest = new LinkedHashMap<>();
        for (String id : wanted) {
            onFile.stream()
                    .filter(m -> m.measureId().equals(id))
                    .max(Comparator.comparing(MeasureEvidence::date))
                    .ifPresent(m -> latest.put(id, m));
        }
        return List.copyOf(latest.values());
    }

    /** "The record holds CIWA-Ar 6, mild or minimal (0–7), on 2026-11-17; COWS …." */
    static String sentence(List<MeasureEvidence> measures) {
        return WORDS.fill(
                "answer.measures",
                "measures",
                measures.stream().map(MeasureEvidence::phrase).collect(Collectors.joining("; ")));
    }
}
