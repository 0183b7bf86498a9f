package org.overturn.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.scoring.AsamProfile;
import org.overturn.domain.scoring.AsamRatings;
import org.overturn.domain.scoring.AsamResult;
import org.overturn.domain.scoring.CalocusPlacement;
import org.overturn.domain.scoring.CalocusRatings;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.LocusOptions;
import org.overturn.domain.scoring.LocusPlacement;
import org.overturn.domain.scoring.LocusRatings;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.scoring.PlacementResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}: the placement rules for one set of ratings; needs no database. */
@Command(
        name = "score",
        description = "Apply an instrument's placement rules to ratings given in dimension order.")
public final class ScoreCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--instrument", required = true, paramLabel = "locus|calocus|asam")
    String instrument;

    @Option(
            names = "--ratings",
            required = true,
            paramLabel = "r1,r2,…",
            description = "Comma-separated ratings in the instrument's dimension order.")
    String ratings;

    @Option(
            names = "--no-prior-treatment",
            description = "LOCUS/CALOCUS: the patient has never needed treatment.")
    boolean noPriorTreatment;

    @Option(
            names = "--act-available",
            description = "LOCUS/CALOCUS: an ACT or intensive community team is available.")
    boolean actAvailable;

    @Option(names = "--json", description = "One JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Instrument inst =
                HasId.find(Instrument.class, instrument)
                        .orElseThrow(
                                () ->
                                        new CliInputException(
                                                "unknown instrument '"
                                                        + instrument
                                                        + "' (expected locus, calocus or asam)"));
        List<Integer> values = parse(ratings);
        if (inst == Instrument.ASAM && (noPriorTreatment || actAvailable)) {
            throw new CliInputException(
                    "--no-prior-treatment and --act-available apply to locus and calocus only");
        }
        LocusOptions options = new LocusOptions(noPriorTreatment, actAvailable);
        PlacementResult result;
        try {
            result =
                    switch (inst) {
                        case LOCUS -> LocusPlacement.place(LocusRatings.of(values), options);
                        case CALOCUS ->
                                CalocusPlacement.place(
                                        CalocusRatings.of(values), options, Optional.empty());
                        case ASAM -> AsamProfile.compare(AsamRatings.of(values));
                    };
        } catch (IllegalArgumentException e) {
            throw new CliInputException("--ratings: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            out.println(
                    m.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(toJson(m, inst, values, result)));
        } else {
            ScoreText.print(out, inst, values, result);
        }
        return ExitCodes.DONE;
    }

    static List<Integer> parse(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            try {
                out.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                throw new CliInputException("--ratings: '" + p + "' is not a whole number", e);
            }
        }
        return out;
    }

    private static ObjectNode toJson(
            ObjectMapper m, Instrument inst, List<Integer> values, PlacementResult result) {
        ObjectNode o = m.createObjectNode();
        o.put("instrument", inst.id());
        o.put("instrumentVersion", inst.currentVersion());
        values.forEach(o.putArray("ratings")::add);
        if (result instanceof LocusResult r) {
            o.put("composite", r.composite());
            o.put("level", r.level().number());
        } else if (result instanceof CalocusResult r) {
            o.put("composite", r.composite());
            o.put("level", r.level().number());
            o.put("simplifiedLevel", r.simplified().level().number());
        } else if (result instanceof AsamResult r) {
            o.put("supportsIop", r.supportsIop());
            o.put("underPlacementRisk", r.underPlacementRisk());
        }
        o.put("levelName", result.levelName());
        o.put("levelBasis", result.basis());
        o.put("iopFit", result.iopFit().id());
        o.put("iopNote", result.iopNote());
        result.reasons().forEach(o.putArray("reasons")::add);
        if (result instanceof LocusResult r) {
            r.whyNotLower().forEach(o.putArray("whyNotLower")::add);
            r.whyNotHigher().forEach(o.putArray("whyNotHigher")::add);
        }
        if (result instanceof CalocusResult r) {
            r.simplified().whyNotLower().forEach(o.putArray("whyNotLower")::add);
            r.simplified().whyNotHigher().forEach(o.putArray("whyNotHigher")::add);
        }
        return o;
    }
}
