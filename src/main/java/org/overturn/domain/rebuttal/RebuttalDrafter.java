package org.overturn.domain.rebuttal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.wording.Wording;

/**
 * Drafts an answer to one matrix row in our own plain words from the clinician's ratings, the
 * measures on file and the catalogue's arguments. It says only what the record says: a low rating
 * is reported as low, never argued as support, and a measure is reported with its band.
 *
 * <p>The drafted answers' sentences are in the wording file {@code rebuttal} (they may reach the
 * letter); the gap notes beside each row, for the clinician only, in {@code rebuttal-notes}.
 */
public final class RebuttalDrafter {

    private static final Wording WORDS = Wording.of("rebuttal");
    private static final Wording NOTES = Wording.of("rebuttal-notes");

    /**
     * At or above the middle of its scale a rating shows more need than "no need for this level"
     * implies.
     */
    static final double SUPPORTS_FROM = 0.5;

    private final PatternCatalogue catalogue;
    private final MeasuresOnFile measuresOnFile;

    public RebuttalDrafter(PatternCatalogue catalogue) {
        this.catalogue = catalogue;
        this.measuresOnFile = new MeasuresOnFile(catalogue.measureTopics());
    }

    /**
     * A row for a statement, carrying its dimensions and the position the recognised pattern
     * implies.
     */
    public RebuttalRow rowFor(StatementMapping m) {
        String implies =
                m.patternIds().stream()
                        .findFirst()
                        .flatMap(catalogue::pattern)
                        .map(DenialPattern::implies)
                        .orElse("");
        return new RebuttalRow(
                "r-" + m.statement().id(),
                m.statement().text(),
                Optional.of(m.statement().id()),
                m.dimensionIds(),
                implies,
                "",
                "",
                "");
    }

    /**
     * Rows for the confirmed mappings that concern the patient's condition (they name dimensions).
     */
    public List<RebuttalRow> rowsFor(List<StatementMapping> mappings) {
        return mappings.stream()
                .filter(StatementMapping::confirmed)
                .filter(m -> !m.dimensionIds().isEmpty())
                .map(this::rowFor)
                .toList();
    }

    /**
     * The row with a fresh gap and suggestion drafted from everything the case holds: the ratings
     * of its dimensions, the measures on file that its statement is about, and, for claims no
     * rating answers (authorization, network, coverage, medical necessity), the arguments that
     * answer them. A documentation claim with no measure on file gets no suggestion, only a note of
     * what to enclose. The clinician's answer is kept as it is.
     */
    public RebuttalRow draft(
            RebuttalRow row,
            Optional<StatementMapping> mapping,
            List<DimensionEvidence> scored,
            List<MeasureEvidence> measures) {
        List<String> arguments = mapping.map(StatementMapping::argumentIds).orElse(List.of());
        List<MeasureEvidence> onFile = measuresOnFile.about(row.criterion(), measures);
        String record = onFile.isEmpty() ? "" : MeasuresOnFile.sentence(onFile);
        if (scored.stream().anyMatch(e -> row.dimensionIds().contains(e.dimensionId()))) {
            return draft(row, scored, arguments, record);
        }
        boolean documentation =
                mapping.map(m -> m.reason() == DenialReason.INSUFFICIENT_DOCUMENTATION)
                        .orElse(false);
        if (!onFile.isEmpty()) {
            String lead = documentation ? WORDS.text("answer.documented") + " " : "";
            return row.withDraft(
                    "", (position(row) + lead + record + " " + firstArgument(arguments)).strip());
        }
        if (documentation) {
            Optional<String> missing =
                    mapping.map(StatementMapping::detail).filter(d -> !d.isEmpty());
            return row.withDraft(
                    missing.isPresent()
                            ? NOTES.fill("gap.noMeasure", "missing", missing.get())
                            : NOTES.text("gap.noMeasureUnnamed"),
                    "");
        }
        if (row.dimensionIds().isEmpty() && !arguments.isEmpty()) {
            String words =
                    arguments.stream()
                            .limit(2)
                            .map(catalogue::argument)
                            .flatMap(Optional::stream)
                            .map(RebuttalArgument::plainWords)
                            .collect(Collectors.joining(" "));
            return row.withDraft("", (position(row) + words).strip());
        }
        return row.withDraft("", "");
    }

    /**
     * The row with a fresh gap and suggestion from the ratings; the clinician's own answer is kept
     * as it is.
     */
    public RebuttalRow draft(
            RebuttalRow row, List<DimensionEvidence> scored, List<String> argumentIds) {
        return draft(row, scored, argumentIds, "");
    }

    private RebuttalRow draft(
            RebuttalRow row,
            List<DimensionEvidence> scored,
            List<String> argumentIds,
            String record) {
        List<DimensionEvidence> relevant =
                scored.stream().filter(e -> row.dimensionIds().contains(e.dimensionId())).toList();
        // Where the ratings give no answer, the row gets a note for the clinician and no drafted
        // answer: a row left unanswered is then left out of the letter, never filled with advice
        // meant for the clinician or with ratings that agree with the reviewer.
        if (relevant.isEmpty()) {
            return row.withDraft(
                    row.dimensionIds().isEmpty()
                            ? NOTES.text("gap.noRatingNoDimensions")
                            : NOTES.fill(
                                    "gap.noRating",
                                    "dimensions",
                                    String.join(", ", row.dimensionIds())),
                    "");
        }
        List<DimensionEvidence> supporting =
                relevant.stream().filter(e -> e.position() >= SUPPORTS_FROM).toList();
        if (supporting.isEmpty()) {
            return row.withDraft(
                    NOTES.fill(
                            "gap.lowRatings",
                            "dimensions",
                            names(relevant),
                            "ratings",
                            ratings(NOTES, relevant)),
                    "");
        }
        StringBuilder s =
                new StringBuilder(position(row))
                        .append(WORDS.text("answer.notSupported"))
                        .append(' ');
        for (DimensionEvidence e : supporting) {
            s.append(sentence(e)).append(' ');
        }
        if (!record.isEmpty()) {
            s.append(record).append(' ');
        }
        String argument = firstArgument(argumentIds);
        if (!argument.isEmpty()) {
            s.append(argument).append(' ');
        }
        s.append(WORDS.text("answer.stillNecessary"));
        String gap = NOTES.fill("gap.lowNeed", "ratings", ratings(NOTES, supporting));
        return row.withDraft(gap, s.toString().strip());
    }

    private static String position(RebuttalRow row) {
        return row.reviewerPosition().isEmpty()
                ? ""
                : WORDS.fill("answer.position", "position", row.reviewerPosition()) + " ";
    }

    private String firstArgument(List<String> argumentIds) {
        return argumentIds.stream()
                .map(catalogue::argument)
                .flatMap(Optional::stream)
                .findFirst()
                .map(RebuttalArgument::plainWords)
                .orElse("");
    }

    /** One rating in the upper half of its scale, with its date and evidence when it has them. */
    private static String sentence(DimensionEvidence e) {
        String name = e.dimensionName();
        Optional<LocalDate> on = e.evidenceDate();
        if (e.evidenceNote().isEmpty()) {
            return on.isPresent()
                    ? WORDS.fill(
                            "answer.ratingOn",
                            "dimension",
                            name,
                            "rating",
                            e.rating(),
                            "scaleMax",
                            e.scaleMax(),
                            "date",
                            on.get())
                    : WORDS.fill(
                            "answer.rating",
                            "dimension",
                            name,
                            "rating",
                            e.rating(),
                            "scaleMax",
                            e.scaleMax());
        }
        String because = stripFinalStop(e.evidenceNote());
        return on.isPresent()
                ? WORDS.fill(
                        "answer.ratingOnBecause",
                        "dimension",
                        name,
                        "rating",
                        e.rating(),
                        "scaleMax",
                        e.scaleMax(),
                        "date",
                        on.get(),
                        "evidence",
                        because)
                : WORDS.fill(
                        "answer.ratingBecause",
                        "dimension",
                        name,
                        "rating",
                        e.rating(),
                        "scaleMax",
                        e.scaleMax(),
                        "evidence",
                        because);
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String names(List<DimensionEvidence> es) {
        return es.stream().map(DimensionEvidence::dimensionName).collect(Collectors.joining(", "));
    }

    /** The ratings as a list, in the words of the file that writes them. */
    private static String ratings(Wording words, List<DimensionEvidence> es) {
        return es.stream()
                .map(
                        e ->
                                words.fill(
                                        "rating.short",
                                        "dimension",
                                        e.dimensionName(),
                                        "rating",
                                        e.rating(),
                                        "scaleMax",
                                        e.scaleMax()))
                .collect(Collectors.joining(", "));
    }
}
