package org.overturn.domain.letters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.scoring.Placement;
import org.overturn.domain.scoring.PlacementResult;

/** The ratings as the letter and the exhibits present them: latest complete assessment per instrument first. */
public final class Scores {

    private Scores() {
    }

    /** A fully rated assessment with what the placement rules give for it. */
    public record Scored(Assessment assessment, PlacementResult result) {

        /** The composite (sum of ratings) for LOCUS and CALOCUS-CASII; empty for ASAM, whose ratings never add up. */
        public Optional<Integer> composite() {
            if (result instanceof LocusResult l) {
                return Optional.of(l.composite());
            }
            if (result instanceof CalocusResult k) {
                return Optional.of(k.composite());
            }
            return Optional.empty();
        }

        /** The level the clinician stands behind (override or computed), in words. */
        public String level() {
            return Placement.effectiveLevelName(assessment).orElse(result.levelName());
        }
    }

    /** Every fully rated assessment of the instrument, oldest first. */
    public static List<Scored> history(CaseFile c, Instrument i) {
        List<Scored> out = new ArrayList<>();
        c.assessments().stream().filter(a -> a.instrument() == i).sorted(Comparator.comparing(Assessment::date))
                .forEach(a -> evaluate(a).ifPresent(r -> out.add(new Scored(a, r))));
        return out;
    }

    /** The instruments the case has complete ratings for, in the instruments' order. */
    public static List<Instrument> instruments(CaseFile c) {
        return java.util.Arrays.stream(Instrument.values()).filter(i -> !history(c, i).isEmpty()).toList();
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
    public static String dimensionName(Map<Instrument, InstrumentDefinition> defs, Instrument i, String dimensionId) {
        InstrumentDefinition d = defs.get(i);
        Optional<DimensionDefinition> dd = d == null ? Optional.empty() : d.dimension(dimensionId);
        return dd.map(x -> x.code() + " " + x.name()).orElse(dimensionId.substring(dimensionId.indexOf('.') + 1));
    }

    public static String shortName(Map<Instrument, InstrumentDefinition> defs, Instrument i, String dimensionId) {
        InstrumentDefinition d = defs.get(i);
        Optional<DimensionDefinition> dd = d == null ? Optional.empty() : d.dimension(dimensionId);
        return dd.map(DimensionDefinition::shortName).orElse(dimensionId.substring(dimensionId.indexOf('.') + 1));
    }

    static Optional<Instrument> instrumentOf(String dimensionId) {
        String prefix = dimensionId.substring(0, Math.max(0, dimensionId.indexOf('.')));
        return java.util.Arrays.stream(Instrument.values()).filter(i -> i.id().equals(prefix)).findFirst();
    }

    /** "LOCUS I Risk of Harm, rated 4 on November 12, 2026" for each dimension the latest ratings hold. */
    public static List<String> ratingRefs(CaseFile c, List<String> dimensionIds, Map<Instrument, InstrumentDefinition> defs) {
        List<String> out = new ArrayList<>();
        for (String id : dimensionIds) {
            Optional<Instrument> i = instrumentOf(id);
            if (i.isEmpty()) {
                continue;
            }
            c.assessments().stream().filter(a -> a.instrument() == i.get() && a.rating(id).isPresent())
                    .max(Comparator.comparing(Assessment::date))
                    .ifPresent(a -> out.add(i.get().label() + " " + dimensionName(defs, i.get(), id) + ", rated "
                            + a.rating(id).orElseThrow().value() + " on " + Words.date(a.date())));
        }
        return out;
    }

    static String paragraphs(CaseFile c, Voice voice, Map<Instrument, InstrumentDefinition> defs) {
        StringBuilder sb = new StringBuilder();
        for (Instrument i : instruments(c)) {
            List<Scored> h = history(c, i);
            Scored s = h.get(h.size() - 1);
            Assessment a = s.assessment();
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            String who = voice.signer() == org.overturn.domain.packet.Signer.PROVIDER ? "I"
                    : a.rater().isEmpty() ? voice.clinician() : a.rater();
            sb.append("On ").append(Words.date(a.date())).append(", ").append(who).append(" rated ")
                    .append(c.patient().name()).append(" on each dimension of ").append(i.label())
                    .append(" (").append(a.instrumentVersion()).append("):");
            for (String dim : i.dimensionIds()) {
                DimensionRating r = a.rating(dim).orElseThrow();
                sb.append("\n• ").append(dimensionName(defs, i, dim)).append(": ").append(r.value());
                if (!r.evidence().isBlank()) {
                    sb.append(" — ").append(Words.sentence(r.evidence().strip()).replaceAll("\\.$", ""));
                }
                sb.append('.');
            }
            sb.append("\n\n");
            s.composite().ifPresent(n -> sb.append("The composite score is ").append(n).append(". "));
            if (a.overrideLevel().isPresent()) {
                sb.append("The placement rules give ").append(s.result().levelName()).append("; ").append(who)
                        .append(" placed the patient at ").append(i.levelName(a.overrideLevel().get()))
                        .append(" because ").append(Words.lower(Words.sentence(a.varianceReason())));
            } else if (s.composite().isPresent()) {
                sb.append("The ratings correspond to ").append(s.result().levelName()).append('.');
            } else {
                sb.append("Compared with the typical Level 2.1 (intensive outpatient) profile, dimension by dimension: ")
                        .append(Words.lower(Words.sentence(s.result().levelName())));
            }
            if (!s.result().iopNote().isEmpty()) {
                sb.append(' ').append(Words.sentence(s.result().iopNote()));
            }
            if (h.size() > 1) {
                List<String> earlier = new ArrayList<>();
                for (Scored e : h.subList(0, h.size() - 1)) {
                    earlier.add(e.composite().map(n -> "composite " + n + " on ").orElse("rated on ")
                            + Words.date(e.assessment().date()));
                }
                sb.append(" Earlier ratings: ").append(Words.and(earlier)).append(". Exhibit A shows the trajectory.");
            }
        }
        return sb.toString();
    }
}
