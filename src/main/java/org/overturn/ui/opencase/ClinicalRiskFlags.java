package org.overturn.ui.opencase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;
import org.overturn.domain.scoring.measures.MeasureRules;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/**
 * The risk flags the recorded measures raise on the case (any PHQ-9 with item 9 above zero; a
 * C-SSRS screener above low), shown on the Clinical picture and on the Overview. One line per
 * measure, naming its latest flagged entry, so an old positive answer stays visible until the
 * clinician removes or corrects it.
 */
public final class ClinicalRiskFlags {

    private ClinicalRiskFlags() {}

    public static List<String> of(CaseFile c) {
        List<String> out = new ArrayList<>();
        latestFlagged(c, Measure.PHQ_9)
                .ifPresent(
                        e ->
                                out.add(
                                        Messages.format(
                                                "clinical.flag.phq9",
                                                Dates.show(e.date()),
                                                e.items().get(8))));
        latestFlagged(c, Measure.C_SSRS)
                .ifPresent(
                        e ->
                                out.add(
                                        Messages.format(
                                                "clinical.flag.cssrs",
                                                Dates.show(e.date()),
                                                Messages.label(e.cssrsRisk().orElseThrow()))));
        return out;
    }

    private static Optional<MeasureEntry> latestFlagged(CaseFile c, Measure m) {
        return c.measures().stream()
                .filter(e -> e.measure() == m)
                .filter(e -> MeasureRules.evaluate(e).riskFlag())
                .max(Comparator.comparing(MeasureEntry::date));
    }
}
