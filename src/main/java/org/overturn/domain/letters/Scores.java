package org.overturn.domain.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.LetterDraft;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;
import org.overturn.domain.wording.Wording;

/**
 * The ratings as the letter and the exhibits present them: latest complete assessment per
 * instrument first.
 */
@Outgoing
public final class Scores {

    private static final Wording WORDS = Wording.of("letter");

    private Scores() {}

    /** A fully rated assessment with what the placement rules give for it. */
    public record Scored(Assessment assessment, PlacementResult result) {

        /**
         * The composite (sum of ratings) for LOCUS and CALOCUS-CASII; empty for ASAM, whose ratings
         * never add up.
         */
        public Optional<Integer> composite() {
            if (result instanceof LocusResult l) {
                return Optional.of(l.composite());
            }
            if (result instanceof CalocusResult k) {
                return Optional.of(k.composite());
            }
            return Optional.empty();
        }
    }

    /**
     * The level sentence a plan may read for these ratings, in the voice of the case's letter (may
     * be empty).
     */
    public static String outgoingLevel(CaseFile c, Scored s) {
        LetterDraft l = c.packet().letterOrEmpty();
        Voice v =
                new Voice(l.signer(), c.patient().name(), c.packet().signer(), c.representative());
        return OutgoingLevel.sentence(s, c.patient().name(), v.rater(s.assessment().rater()), v);
    }

    /** Every fully rated assessment of the instrument, oldest first. */
    public static List<Scored> history(CaseFile c, Instrument i) {
        List<Scored> out = new ArrayList<>();
        c.assessments().stream()
                .filter(a -> a.instrument() == i)
                .sorted(Comparator.comparing(Assessment::date))
                .forEach(a -> evaluate(a).ifPresent(r -> out.add(new Scored(a, r))));
        return out;
    }

    /** The instruments the case has complete ratings for, in the instruments' order. */
    public static List<Instrument> instruments(CaseFile c) {
        return Arrays.stream(Instrument.values()).filter(i -> !history(c, i).isEmpty()).toList();
    }

    public static Optional<Scored> latest(CaseFile c, Instrument i) {
        List<Scored> h = history(c, i);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    private static Optional<PlacementResult> evaluate(Assessment a) {
        try {
            return Placement.evaluate(a);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "I Risk of Harm" from the definitions, or the id's code when no definition is loaded. */
    public static String dimensionName(
            Map<Instrument, InstrumentDefinition> defs, Instrument i, String dimensionId) {
        InstrumentDefinition d = defs.get(i);
        Optional<DimensionDefinition> dd = d == null ? Optional.empty() : d.dimension(dimensionId);
        return dd.map(x -> x.code() + " " + x.name())
                .orElse(dimensionId.substring(dimensionId.indexOf('.') + 1));
    }

    public static String shortName(
            Map<Instrument, InstrumentDefinition> defs, Instrument i, String dimensionId) {
        InstrumentDefinition d = defs.get(i);
        Optional<DimensionDefinition> dd = d == null ? Optional.empty() : d.dimension(dimensionId);
        return dd.map(DimensionDefinition::shortName)
                .orElse(dimensionId.substring(dimensionId.indexOf('.') + 1));
    }

    static Optional<Instrument> instrumentOf(String dimensionId) {
        String prefix = dimensionId.substring(0, Math.max(0, dimensionId.indexOf('.')));
        return Arrays.stream(Instrument.values()).filter(i -> i.id().equals(prefix)).findFirst();
    }

    /**
     * "LOCUS I Risk of Harm, rated 4 on November 12, 2026" for each dimension the latest ratings
     * hold.
     */
    public static List<String> ratingRefs(
            CaseFile c, List<String> dimensionIds, Map<Instrument, InstrumentDefinition> defs) {
        List<String> out = new ArrayList<>();
        for (String id : dimensionIds) {
            Optional<Instrument> i = instrumentOf(id);
            if (i.isEmpty()) {
                continue;
            }
            c.assessments().stream()
                    .filter(a -> a.instrument() == i.get() && a.rating(id).isPresent())
                    .max(Comparator.comparing(Assessment::date))
                    .ifPresent(
                            a ->
                                    out.add(
                                            WORDS.fill(
                                                    "scores.ratingRef",
                                                    "instrument",
                                                    i.get().label(),
                                                    "dimension",
                                                    dimensionName(defs, i.get(), id),
                                                    "rating",
                                                    a.rating(id).orElseThrow().value(),
                                                    "date",
                                                    Words.date(a.date()))));
        }
        return out;
    }

    /**
     * The ratings as the plan reads them: each dimension with its rating and evidence, attributed
     * to whoever rated, and a level only where it supports the request. The placement rules' notes,
     * caveats and safety flags are for the clinician and never appear here; where the clinician's
     * own ratings point above or below IOP the letter states no computed level (the readiness check
     * tells the clinician instead).
     */
    static String paragraphs(CaseFile c, Voice voice, Map<Instrument, InstrumentDefinition> defs) {
        StringBuilder sb = new StringBuilder();
        for (Instrument i : instruments(c)) {
            List<Scored> h = history(c, i);
            Scored s = h.get(h.size() - 1);
            Assessment a = s.assessment();
            if (sb.length() > 0) {
                sb.append(Words.PARAGRAPH);
            }
            Optional<String> rater = voice.rater(a.rater());
            if (rater.isPresent()) {
                sb.append(
                        WORDS.fill(
                                "scores.rated",
                                "date",
                                Words.date(a.date()),
                                "rater",
                                rater.get(),
                                "patient",
                                c.patient().name(),
                                "instrument",
                                i.label(),
                                "version",
                                a.instrumentVersion()));
            } else {
                sb.append(
                        WORDS.fill(
                                "scores.rated.noRater",
                                "date",
                                Words.date(a.date()),
                                "patient",
                                c.patient().name(),
                                "instrument",
                                i.label(),
                                "version",
                                a.instrumentVersion()));
            }
            for (String dim : i.dimensionIds()) {
                DimensionRating r = a.rating(dim).orElseThrow();
                sb.append(Words.LIST_ITEM);
                if (r.evidence().isBlank()) {
                    sb.append(
                            WORDS.fill(
                                    "scores.dimension",
                                    "dimension",
                                    dimensionName(defs, i, dim),
                                    "rating",
                                    r.value()));
                } else {
                    sb.append(
                            WORDS.fill(
                                    "scores.dimension.evidence",
                                    "dimension",
                                    dimensionName(defs, i, dim),
                                    "rating",
                                    r.value(),
                                    "evidence",
                                    Words.withoutFullStop(Words.sentence(r.evidence().strip()))));
                }
            }
            String level = OutgoingLevel.sentence(s, c.patient().name(), rater, voice);
            String composite =
                    s.composite().map(n -> WORDS.fill("scores.composite", "score", n)).orElse("");
            String tail =
                    String.join(
                            " ", Stream.of(composite, level).filter(x -> !x.isEmpty()).toList());
            if (!tail.isEmpty()) {
                sb.append(Words.PARAGRAPH).append(tail);
            }
            if (h.size() > 1) {
                List<String> earlier = new ArrayList<>();
                for (Scored e : h.subList(0, h.size() - 1)) {
                    String date = Words.date(e.assessment().date());
                    earlier.add(
                            e.composite()
                                    .map(
                                            n ->
                                                    WORDS.fill(
                                                            "scores.earlier.composite",
                                                            "score",
                                                            n,
                                                            "date",
                                                            date))
                                    .orElseGet(
                                            () ->
                                                    WORDS.fill(
                                                            "scores.earlier.rated", "date", date)));
                }
                sb.append(tail.isEmpty() ? Words.PARAGRAPH : " ")
                        .append(WORDS.fill("scores.earlier", "ratings", Words.and(earlier)));
                if (Enclosed.ratingsExhibit(c)) {
                    sb.append(' ').append(WORDS.text("scores.trajectory"));
                }
            }
        }
        return sb.toString();
    }
}
