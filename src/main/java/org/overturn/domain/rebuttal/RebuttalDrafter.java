package org.overturn.domain.rebuttal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drafts an answer to one matrix row in our own plain words from the clinician's ratings and evidence. It says
 * only what the ratings say: a low rating is reported as low, never argued as support.
 */
public final class RebuttalDrafter {

    /** At or above the middle of its scale a rating shows more need than "no need for this level" implies. */
    static final double SUPPORTS_FROM = 0.5;

    private final PatternCatalogue catalogue;

    public RebuttalDrafter(PatternCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A row for a statement, carrying its dimensions and the position the recognised pattern implies. */
    public RebuttalRow rowFor(StatementMapping m) {
        String implies = m.patternIds().stream().findFirst().flatMap(catalogue::pattern)
                .map(DenialPattern::implies).orElse("");
        return new RebuttalRow("r-" + m.statement().id(), m.statement().text(), Optional.of(m.statement().id()),
                m.dimensionIds(), implies, "", "", "");
    }

    /** Rows for the confirmed mappings that concern the patient's condition (they name dimensions). */
    public List<RebuttalRow> rowsFor(List<StatementMapping> mappings) {
        return mappings.stream().filter(StatementMapping::confirmed).filter(m -> !m.dimensionIds().isEmpty())
                .map(this::rowFor).toList();
    }

    /** The row with a fresh gap and suggestion; the clinician's own answer is kept as it is. */
    public RebuttalRow draft(RebuttalRow row, List<DimensionEvidence> scored, List<String> argumentIds) {
        List<DimensionEvidence> relevant = scored.stream()
                .filter(e -> row.dimensionIds().contains(e.dimensionId())).toList();
        if (relevant.isEmpty()) {
            String missing = row.dimensionIds().isEmpty() ? "the dimensions this criterion concerns"
                    : String.join(", ", row.dimensionIds());
            return row.withDraft("", "No rating is recorded yet for " + missing
                    + ". Score these dimensions to draft an answer.");
        }
        List<DimensionEvidence> supporting = relevant.stream().filter(e -> e.position() >= SUPPORTS_FROM).toList();
        String position = row.reviewerPosition().isEmpty() ? "" : "The reviewer's statement implies that "
                + row.reviewerPosition() + ". ";
        if (supporting.isEmpty()) {
            return row.withDraft("Our ratings agree with the reviewer on " + names(relevant) + ".",
                    position + "Our ratings on " + names(relevant) + " are in the lower half of their scales ("
                            + ratings(relevant) + "), so they do not answer this statement. Answer it from other "
                            + "evidence, such as the treatment history or another dimension.");
        }
        StringBuilder s = new StringBuilder(position).append("Our assessment does not support that. ");
        for (DimensionEvidence e : supporting) {
            s.append(sentence(e)).append(' ');
        }
        argumentIds.stream().map(catalogue::argument).flatMap(Optional::stream).findFirst()
                .ifPresent(a -> s.append(a.plainWords()).append(' '));
        s.append("Care at the requested level remains necessary.");
        String gap = "The reviewer's position implies low need; the clinician rated " + ratings(supporting) + ".";
        return row.withDraft(gap, s.toString().strip());
    }

    private static String sentence(DimensionEvidence e) {
        String when = e.evidenceDate().map(d -> " on " + d).orElse("");
        String why = e.evidenceNote().isEmpty() ? "." : ": " + stripFinalStop(e.evidenceNote()) + ".";
        return e.dimensionName() + " was rated " + e.rating() + " of " + e.scaleMax() + when + why;
    }

    private static String stripFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String names(List<DimensionEvidence> es) {
        return es.stream().map(DimensionEvidence::dimensionName).collect(Collectors.joining(", "));
    }

    private static String ratings(List<DimensionEvidence> es) {
        return es.stream().map(e -> e.dimensionName() + " " + e.rating() + " of " + e.scaleMax())
                .collect(Collectors.joining(", "));
    }
}
