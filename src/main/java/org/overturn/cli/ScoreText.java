package org.overturn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.overturn.domain.scoring.AsamResult;
import org.overturn.domain.scoring.CalocusResult;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.LocusResult;
import org.overturn.domain.scoring.PlacementResult;

/** A placement result as readable text, for {@code score} without {@code --json}. */
final class ScoreText {

    private ScoreText() {}

    static void print(
            PrintWriter out, Instrument inst, List<Integer> values, PlacementResult result) {
        out.println(
                inst.label()
                        + " "
                        + inst.currentVersion()
                        + ": ratings "
                        + values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        if (result instanceof LocusResult r) {
            out.println("Composite: " + r.composite());
        } else if (result instanceof CalocusResult r) {
            out.println("Composite: " + r.composite());
        } else if (result instanceof AsamResult r) {
            out.println("Supports IOP (Level 2.1): " + (r.supportsIop() ? "yes" : "no"));
        }
        out.println("Level: " + result.levelName());
        out.println(result.iopNote());
        section(out, "Reasons", result.reasons());
        if (result instanceof LocusResult r) {
            section(out, "Why not lower", r.whyNotLower());
            section(out, "Why not higher", r.whyNotHigher());
        }
        out.println();
        out.println(result.basis());
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        lines.forEach(l -> out.println("  - " + l));
    }
}
