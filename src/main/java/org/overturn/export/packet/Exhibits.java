package org.overturn.export.packet;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.calls.CallLog;
import org.overturn.domain.casefile.CareHistories;
import org.overturn.domain.cases.CriteriaSet;
import org.overturn.domain.letters.Scores;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.GeneratedPart;
import org.overturn.domain.rebuttal.CareHistory;
import org.overturn.domain.rebuttal.ChecklistLine;
import org.overturn.domain.rebuttal.ChecklistStatus;
import org.overturn.domain.rebuttal.DocumentItem;
import org.overturn.domain.rebuttal.DocumentationChecklist;
import org.overturn.domain.rebuttal.RebuttalRow;
import org.overturn.domain.rebuttal.TreatmentEpisode;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.Charts;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;
import org.overturn.export.pdf.Table;

/**
 * The exhibits the export draws itself: scores with charts, the rebuttal matrix, history and the
 * index.
 */
@Outgoing
final class Exhibits {

    private static final Wording WORDS = Wording.of("packet");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM/dd/uu");
    private static final DateTimeFormatter CALL_AT =
            DateTimeFormatter.ofPattern("MM/dd/uuuu h:mm a", Locale.US);

    private Exhibits() {}

    static void title(PdfBuilder b, PacketContext x, GeneratedPart p, String intro) {
        b.newPage();
        b.heading(x.title(p), Style.H1, 0, 40);
        if (!intro.isEmpty()) {
            b.paragraphs(intro, Style.SANS.size(9.5f).color(Style.MUTED));
            b.space(8);
        }
    }

    static void scores(PdfBuilder b, PacketContext x) {
        title(b, x, GeneratedPart.SCORES, WORDS.text("exhibit.scores.intro"));
        Map<Instrument, InstrumentDefinition> defs = x.in.instruments();
        for (Instrument i : Scores.instruments(x.c)) {
            List<Scores.Scored> h = Scores.history(x.c, i);
            Scores.Scored s = h.get(h.size() - 1);
            Object[] slots = {
                "instrument",
                i.label(),
                "version",
                s.assessment().instrumentVersion(),
                "date",
                Words.date(s.assessment().date())
            };
            String rater = s.assessment().rater();
            b.heading(
                    rater.isEmpty()
                            ? WORDS.fill("exhibit.scores.heading", slots)
                            : WORDS.fill(
                                    "exhibit.scores.heading.rater", with(slots, "rater", rater)),
                    Style.H2,
                    10,
                    80);
            List<List<String>> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Integer> values = new ArrayList<>();
            for (String dim : i.dimensionIds()) {
                DimensionRating r = s.assessment().rating(dim).orElseThrow();
                String name = Scores.dimensionName(defs, i, dim);
                String evidence =
                        r.evidence().strip()
                                + r.evidenceDate().map(d -> " (" + Words.date(d) + ")").orElse("");
                rows.add(List.of(name, r.value(), evidence));
                labels.add(Scores.shortName(defs, i, dim));
                values.add(r.number().orElse(i.scaleMin()));
            }
            b.table(
                    Table.of(
                            List.of(
                                    Table.col(WORDS.text("exhibit.scores.dimension"), 2.4f),
                                    Table.col(WORDS.text("exhibit.scores.rating"), 0.8f),
                                    Table.col(WORDS.text("exhibit.scores.evidence"), 5f)),
                            rows));
            b.space(4);
            Charts.bars(b, labels, values, i.scaleMin(), i.scaleMax());
            // Only what the plan may read: the composite and a level that supports the request (see
            // OutgoingLevel).
            String result =
                    String.join(
                            " ",
                            Stream.of(
                                            s.composite()
                                                    .map(
                                                            n ->
                                                                    WORDS.fill(
                                                                            "exhibit.scores.composite",
                                                                            "composite",
                                                                            n))
                                                    .orElse(""),
                                            Scores.outgoingLevel(x.c, s))
                                    .filter(t -> !t.isEmpty())
                                    .toList());
            if (!result.isEmpty()) {
                b.paragraphs(result, Style.SANS_BOLD.size(9.5f));
            }
            if (h.size() > 1) {
                trajectory(b, i, h, defs);
            }
        }
    }

    private static void trajectory(
            PdfBuilder b,
            Instrument i,
            List<Scores.Scored> h,
            Map<Instrument, InstrumentDefinition> defs) {
        b.heading(
                WORDS.fill("exhibit.trajectory.heading", "instrument", i.label()),
                Style.H2,
                12,
                120);
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.col(WORDS.text("exhibit.trajectory.date"), 1.1f));
        for (String dim : i.dimensionIds()) {
            cols.add(Table.col(Scores.shortName(defs, i, dim), 1.15f));
        }
        boolean composite = h.get(0).composite().isPresent();
        if (composite) {
            cols.add(Table.col(WORDS.text("exhibit.trajectory.composite"), 1.25f));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Scores.Scored s : h) {
            List<String> row = new ArrayList<>();
            row.add(SHORT.format(s.assessment().date()));
            for (String dim : i.dimensionIds()) {
                row.add(s.assessment().rating(dim).map(DimensionRating::value).orElse(""));
            }
            s.composite().ifPresent(n -> row.add(String.valueOf(n)));
            rows.add(row);
            xs.add(SHORT.format(s.assessment().date()));
            s.composite().ifPresent(ys::add);
        }
        b.table(
                new Table(
                        cols,
                        rows,
                        Style.SANS.size(9f),
                        Style.SANS_BOLD.size(8f).color(Color.WHITE)));
        if (composite) {
            int dims = i.dimensionIds().size();
            Charts.line(
                    b,
                    xs,
                    ys,
                    dims * i.scaleMin(),
                    dims * i.scaleMax(),
                    WORDS.text("exhibit.trajectory.chart"));
        }
    }

    static void rebuttal(PdfBuilder b, PacketContext x) {
        title(b, x, GeneratedPart.REBUTTAL, WORDS.text("exhibit.rebuttal.intro"));
        List<List<String>> rows = new ArrayList<>();
        for (RebuttalRow r : x.c.rebuttal()) {
            List<String> refs = Scores.ratingRefs(x.c, r.dimensionIds(), x.in.instruments());
            String answer = r.answer().isBlank() ? r.suggestion() : r.answer();
            rows.add(
                    List.of(
                            r.criterion(),
                            refs.isEmpty() ? "—" : String.join(NEW_LINE, refs),
                            answer.isBlank() ? "—" : answer.strip()));
        }
        b.table(
                Table.of(
                        List.of(
                                Table.col(WORDS.text("exhibit.rebuttal.notice"), 3f),
                                Table.col(WORDS.text("exhibit.rebuttal.ratings"), 2.4f),
                                Table.col(WORDS.text("exhibit.rebuttal.answer"), 4.2f)),
                        rows));
    }

    private static String where(PacketContext x, DocumentItem item) {
        List<String> at = new ArrayList<>();
        switch (item) {
            case DIAGNOSIS_WITH_SEVERITY, CURRENT_RISK_ASSESSMENT ->
                    at.add(WORDS.text("exhibit.index.where.clinicalSummary"));
            case FUNCTIONAL_SCORES -> {
                at.add(WORDS.text("exhibit.index.where.ratings"));
                if (x.exhibitLetters.containsKey(GeneratedPart.SCORES)) {
                    at.add(x.title(GeneratedPart.SCORES));
                }
            }
            case PRIOR_LOWER_LEVEL_ATTEMPTS -> {
                at.add(WORDS.text("exhibit.index.where.lowerLevels"));
                if (x.exhibitLetters.containsKey(GeneratedPart.HISTORY)) {
                    at.add(x.title(GeneratedPart.HISTORY));
                }
            }
            default -> at.add(WORDS.text("exhibit.index.where.case"));
        }
        return String.join("; ", at);
    }

    /**
     * The peer-to-peer calls as logged: when, with whom, on which criteria, whether the reviewer
     * had the records and kept the time the plan set, and what was decided. Only what the call log
     * records as fact; the clinician's own notes on a call stay in the app.
     */
    static void calls(PdfBuilder b, PacketContext x) {
        title(b, x, GeneratedPart.CALLS, WORDS.text("exhibit.calls.intro"));
        List<List<String>> rows = new ArrayList<>();
        for (CallLog k : x.c.calls()) {
            rows.add(
                    List.of(
                            CALL_AT.format(k.at()),
                            k.reviewerName().isEmpty()
                                    ? WORDS.text("exhibit.calls.unnamed")
                                    : k.reviewer(),
                            k.criteriaApplied()
                                    .filter(c -> c != CriteriaSet.UNKNOWN)
                                    .map(
                                            c ->
                                                    c == CriteriaSet.PROPRIETARY
                                                            ? WORDS.text("exhibit.calls.plansOwn")
                                                            : c.label())
                                    .orElse(WORDS.text("exhibit.calls.notStated")),
                            yesNo(k.recordsReviewed()),
                            yesNo(k.scheduledTimeHonoured()),
                            WORDS.text("exhibit.calls.outcome." + k.outcome().id()),
                            k.referenceNumber().isEmpty() ? "—" : k.referenceNumber()));
        }
        b.table(
                Table.of(
                        List.of(
                                Table.col(WORDS.text("exhibit.calls.when"), 1.4f),
                                Table.col(WORDS.text("exhibit.calls.reviewer"), 2.2f),
                                Table.col(WORDS.text("exhibit.calls.criteria"), 1.8f),
                                Table.col(WORDS.text("exhibit.calls.records"), 1.1f),
                                Table.col(WORDS.text("exhibit.calls.time"), 1.1f),
                                Table.col(WORDS.text("exhibit.calls.decided"), 1.6f),
                                Table.col(WORDS.text("exhibit.calls.reference"), 2.1f)),
                        rows));
    }

    private static String yesNo(Optional<Boolean> b) {
        return b.map(v -> WORDS.text(v ? "exhibit.calls.yes" : "exhibit.calls.no"))
                .orElse(WORDS.text("exhibit.calls.notRecorded"));
    }

    static void history(PdfBuilder b, PacketContext x) {
        title(b, x, GeneratedPart.HISTORY, WORDS.text("exhibit.history.intro"));
        CareHistory h = CareHistories.of(x.c);
        List<List<String>> rows = new ArrayList<>();
        List<TreatmentEpisode> eps = new ArrayList<>(h.before());
        eps.addAll(h.current());
        for (TreatmentEpisode e : eps) {
            String dates =
                    e.startDate().map(SHORT::format).orElse("?")
                            + " – "
                            + e.endDate().map(SHORT::format).orElse("");
            String why =
                    String.join(
                            " ",
                            List.of(e.endReason(), e.notes().strip()).stream()
                                    .filter(s -> !s.isBlank())
                                    .toList());
            rows.add(
                    List.of(
                            e.setting().label(),
                            h.kindOf(e).label(),
                            dates,
                            e.provider().isEmpty() ? "—" : e.provider(),
                            e.outcome().label(),
                            why.isEmpty() ? "—" : why));
        }
        b.table(
                Table.of(
                        List.of(
                                Table.col(WORDS.text("exhibit.history.setting"), 2.2f),
                                Table.col(WORDS.text("exhibit.history.against"), 1.5f),
                                Table.col(WORDS.text("exhibit.history.dates"), 1.7f),
                                Table.col(WORDS.text("exhibit.history.provider"), 1.8f),
                                Table.col(WORDS.text("exhibit.history.outcome"), 1.7f),
                                Table.col(WORDS.text("exhibit.history.why"), 2.6f)),
                        rows));
    }

    static void index(PdfBuilder b, PacketContext x) {
        title(b, x, GeneratedPart.INDEX, WORDS.text("exhibit.index.intro"));
        b.heading(WORDS.text("exhibit.index.provided"), Style.H2, 4, 40);
        List<ChecklistLine> lines =
                DocumentationChecklist.evaluate(
                        x.c.clinical(), CareHistories.of(x.c), x.c.scoresRecorded(), x.today);
        List<List<String>> rows = new ArrayList<>();
        // Only what the packet holds or the provider keeps: the clinician sees the gaps in the app,
        // the reviewer
        // should not be handed a list of them.
        for (ChecklistLine l : lines) {
            if (l.status() == ChecklistStatus.IN_CASE) {
                rows.add(
                        List.of(
                                l.item().label(),
                                WORDS.text("exhibit.index.inPacket"),
                                where(x, l.item())));
            } else if (l.status() == ChecklistStatus.TICKED) {
                rows.add(
                        List.of(
                                l.item().label(),
                                WORDS.text("exhibit.index.held"),
                                WORDS.text("exhibit.index.onRequest")));
            }
        }
        if (!rows.isEmpty()) {
            b.table(
                    Table.of(
                            List.of(
                                    Table.col(WORDS.text("exhibit.index.item"), 3f),
                                    Table.col(WORDS.text("exhibit.index.status"), 1.8f),
                                    Table.col(WORDS.text("exhibit.index.where"), 3f)),
                            rows));
        }
        b.heading(WORDS.text("exhibit.index.packet"), Style.H2, 12, 40);
        List<List<String>> idx = new ArrayList<>();
        for (Map.Entry<String, int[]> e : x.pages.entrySet()) {
            int[] v = e.getValue();
            idx.add(
                    List.of(
                            e.getKey(),
                            v[1] <= 1 ? String.valueOf(v[0]) : v[0] + "–" + (v[0] + v[1] - 1),
                            String.valueOf(v[1])));
        }
        b.table(
                Table.of(
                        List.of(
                                Table.col(WORDS.text("exhibit.index.part"), 5f),
                                Table.col(WORDS.text("exhibit.index.pages"), 1.2f),
                                Table.col(WORDS.text("exhibit.index.count"), 1f)),
                        idx));
        List<Enclosure> excluded =
                x.c.packet().enclosures().stream().filter(Enclosure::excluded).toList();
        if (!excluded.isEmpty()) {
            b.paragraphs(
                    WORDS.fill(
                            "exhibit.index.excluded",
                            "titles",
                            String.join("; ", excluded.stream().map(Enclosure::title).toList())),
                    Style.SMALL);
        }
    }

    /** The slots and values given, and one more. */
    private static Object[] with(Object[] slots, String slot, Object value) {
        Object[] out = Arrays.copyOf(slots, slots.length + 2);
        out[slots.length] = slot;
        out[slots.length + 1] = value;
        return out;
    }

    // Last in the file: WordingFilesTest reads the file's string literals without escapes, and one
    // with a backslash would hide the wording keys after it.
    private static final String NEW_LINE = "\n";
}
