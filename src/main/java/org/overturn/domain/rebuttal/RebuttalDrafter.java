package org.overturn.domain.rebuttal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.overturn.domain.cases.DenialReason;

/**
 * Drafts an answer to one matrix row in our own plain words from the clinician's ratings, the
 * measures on file and the catalogue's arguments. It says only what the record says: a low rating
 * is reported as low, never argued as support, and a measure is reported with its band.
 */
public final class RebuttalDrafter {

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
            String lead = documentation ? "The record sent with this appeal documents it. " : "";
            return row.withDraft(
                    "", (position(row) + lead + record + " " + firstArgument(arguments)).strip());
        }
        if (documentation) {
            String missing =
                    mapping.map(StatementMapping::detail)
                            .filter(d -> !d.isEmpty())
                            .orElse("what the statement says is missing");
            return row.withDraft(
                    "No measure on file shows "
                            + missing
                            + ". Enclose the notes that show it, or record "
                            + "the measure in the Clinical picture to draft an answer.",
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
        String also = record.isEmpty() ? "" : " " + record;
        if (relevant.isEmpty()) {
            String missing =
                    row.dimensionIds().isEmpty()
                            ? "the dimensions this criterion concerns"
                            : String.join(", ", row.dimensionIds());
            return row.withDraft(
                    "",
                    "No rating is recorded yet for "
                            + missing
                            + ". Score these dimensions to draft an answer.");
        }
        List<DimensionEvidence> supporting =
                relevant.stream().filter(e -> e.position() >= SUPPORTS_FROM).toList();
        if (supporting.isEmpty()) {
            return row.withDraft(
                    "Our ratings agree with the reviewer on " + names(relevant) + ".",
                    position(row)
                            + "Our ratings on "
                            + names(relevant)
                            + " are in the lower half of their scales ("
                            + ratings(relevant)
                            + "), so they do not answer this statement. Answer it from other "
                            + "evidence, such as the treatment history or another dimension."
                            + also);
        }
        StringBuilder s =
                new StringBuilder(position(row)).append("Our assessment does not support that. ");
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
        s.append("Care at the requested level remains necessary.");
        String gap =
                "The reviewer's position implies low need; the clinician rated "
                        + ratings(supporting)
                        + ".";
        return row.withDraft(gap, s.toString().strip());
    }

    private static String position(RebuttalRow row) {
        return row.reviewerPosition().isEmpty()
                ? ""
                : "The reviewer's statement implies that " + row.reviewerPosition() + ". ";
    }

    private String firstArgument(List<String> argumentIds) {
        return argumentIds.stream()
                .map(catalogue::argument)
                .flatMap(Optional::stream)
                .findFirst()
                .map(RebuttalArgument::plainWords)
                .orElse("");
    }

    private static String sentence(DimensionEvidence e) {
        String when = e.evidenceDate().map(d -> " on " + d).orElse("");
        String why =
                e.evidenceNote().isEmpty() ? "." : ": " + stripFinalStop(e.evidenceNote()) + ".";
        return e.dimensionName() + " was rated " + e.rating() + " of " + e.scaleMax() + when + why;
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String names(List<DimensionEvidence> es) {
        return es.stream().map(DimensionEvidence::dimensionName).collect(Collectors.joining(", "));
    }

    private static String ratings(List<DimensionEvidence> es) {
        return es.stream()
                .map(e -> e.dimensionName() + " " + e.rating() + " of " + e.scaleMax())
                .collect(Collectors.joining(", "));
    }
}
