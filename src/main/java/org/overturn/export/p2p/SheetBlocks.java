package org.overturn.export.p2p;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.overturn.domain.p2p.PrepSheet;
import org.overturn.domain.p2p.PrepSheet.Objection;
import org.overturn.domain.p2p.PrepSheet.Point;
import org.overturn.domain.packet.Part2Notice;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.FontRole;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/**
 * Turns the prep sheet into blocks at one density, leaving out the items the fitting has cut from
 * each part.
 */
final class SheetBlocks {

    private static final Wording WORDS = Wording.of("p2p");

    private static final Pattern RATED = Pattern.compile("^(.*): (\\S{1,3})$");

    private final PdfBuilder b;
    private final float w;
    private final SheetDensity d;
    private final Map<SheetPart, Integer> cut;
    private final Function<String, Optional<String>> cite;
    private final List<Block> out = new ArrayList<>();
    private final Style body;
    private final Style bold;
    private final Style italic;
    private final Style muted;

    SheetBlocks(
            PdfBuilder b,
            float width,
            SheetDensity d,
            Map<SheetPart, Integer> cut,
            Function<String, Optional<String>> cite) {
        this.b = b;
        this.w = width;
        this.d = d;
        this.cut = cut;
        this.cite = cite;
        this.body = new Style(FontRole.SANS, d.body(), Style.INK, d.leading());
        this.bold = body.role(FontRole.SANS_BOLD);
        this.italic = body.role(FontRole.SANS_ITALIC);
        this.muted = italic.color(Style.MUTED);
    }

    /**
     * Sentences of a paragraph, the units the fitting may leave out of the summary and the risk.
     */
    static List<String> sentences(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.asList(text.strip().split("(?<=[.!?])\\s+(?=[A-Z0-9“\"(])"));
    }

    static int size(PrepSheet s, SheetPart p) {
        return switch (p) {
            case DIMENSIONS -> s.dimensions().size();
            case LOWER_LEVELS -> s.lowerLevels().size();
            case OBJECTIONS -> s.objections().size();
            case QUESTIONS -> s.questions().size();
            case LAW -> s.lawPoints().size();
            case DEADLINES -> s.deadlines().size();
            case SUMMARY -> sentences(s.summary()).size();
            case RISK -> sentences(s.riskIfStops()).size();
        };
    }

    private <T> List<T> kept(List<T> all, SheetPart p) {
        return all.subList(0, all.size() - cut.getOrDefault(p, 0));
    }

    List<Block> build(PrepSheet s, String prepared, Optional<String> part2Notice) {
        Style title = new Style(FontRole.SANS_BOLD, d.title(), Style.ACCENT, 1.2f);
        Style date = body.color(Style.MUTED).size(SheetDensity.MIN_SIZE);
        float dw = b.width(prepared, date);
        add(
                new Block()
                        .col(b, 0, w - dw - 12, s.title(), title)
                        .col(b, w - dw, dw + 1, prepared, date)
                        .pad(0, 4));
        Style label = new Style(FontRole.SANS_BOLD, SheetDensity.MIN_SIZE, Style.ACCENT, 1.2f);
        Block ask =
                new Block()
                        .col(b, 11, 58, WORDS.text("sheet.ask"), label)
                        .col(
                                b,
                                72,
                                w - 80,
                                s.ask(),
                                new Style(FontRole.SANS_BOLD, d.ask(), Style.INK, 1.18f))
                        .pad(d.ask() * 0.5f, d.ask() * 0.45f)
                        .before(2);
        ask.fill = Style.SHADE;
        ask.bar = Style.ACCENT;
        add(ask);

        paragraph(WORDS.text("sheet.summary"), s.summary(), SheetPart.SUMMARY);

        heading(WORDS.text("sheet.dimensions"));
        List<Point> dims = kept(s.dimensions(), SheetPart.DIMENSIONS);
        for (int i = 0; i < dims.size(); i++) {
            Point p = dims.get(i);
            Matcher m = RATED.matcher(p.label());
            Block row = new Block();
            if (m.matches()) {
                float badge = Math.max(b.width(m.group(2), bold) + 6, bold.size() + 3);
                row.col(
                                b,
                                4 + (badge - b.width(m.group(2), bold)) / 2,
                                badge,
                                m.group(2),
                                bold.color(Color.WHITE))
                        .rich(
                                b,
                                badge + 10,
                                w - badge - 14,
                                m.group(1) + ":",
                                bold,
                                p.text(),
                                body);
                row.badge = badge;
            } else {
                row.rich(b, 4, w - 8, p.label() + ":", bold, p.text(), body);
            }
            shade(row, i);
        }
        none(s.dimensions(), WORDS.text("sheet.dimensions.none"));
        more(SheetPart.DIMENSIONS);

        heading(WORDS.text("sheet.lowerLevels"));
        List<Point> lower = kept(s.lowerLevels(), SheetPart.LOWER_LEVELS);
        for (int i = 0; i < lower.size(); i++) {
            shade(
                    new Block()
                            .rich(
                                    b,
                                    4,
                                    w - 8,
                                    lower.get(i).label() + ":",
                                    bold,
                                    lower.get(i).text(),
                                    body),
                    i);
        }
        none(s.lowerLevels(), WORDS.text("sheet.lowerLevels.none"));
        more(SheetPart.LOWER_LEVELS);

        paragraph(WORDS.text("sheet.risk"), s.riskIfStops(), SheetPart.RISK);

        heading(WORDS.text("sheet.objections"));
        List<Objection> objections = kept(s.objections(), SheetPart.OBJECTIONS);
        float claimW = w * claimShare(objections, italic, bold);
        for (int i = 0; i < objections.size(); i++) {
            Objection o = objections.get(i);
            shade(
                    new Block()
                            .col(b, 4, claimW - 4, claim(o), italic)
                            .col(b, claimW + 8, w - claimW - 12, o.answer(), bold),
                    i);
        }
        none(s.objections(), WORDS.text("sheet.objections.none"));
        more(SheetPart.OBJECTIONS);

        heading(WORDS.text("sheet.questions"));
        for (String q : kept(s.questions(), SheetPart.QUESTIONS)) {
            Block row =
                    new Block()
                            .col(b, body.size() + 6, w - body.size() - 8, q, body)
                            .pad(d.pad() * 0.6f, 0);
            row.checkbox = true;
            add(row);
        }
        more(SheetPart.QUESTIONS);

        heading(WORDS.text("sheet.law"));
        points(kept(s.lawPoints(), SheetPart.LAW));
        none(s.lawPoints(), WORDS.text("sheet.law.none"));
        more(SheetPart.LAW);

        heading(WORDS.text("sheet.deadlines"));
        points(kept(s.deadlines(), SheetPart.DEADLINES));
        none(s.deadlines(), WORDS.text("sheet.deadlines.none"));
        more(SheetPart.DEADLINES);
        add(
                new Block()
                        .col(b, 0, w, s.deadlineReminder(), bold.color(Style.URGENT))
                        .pad(d.pad() + 1, 0));

        part2Notice.ifPresent(
                n -> {
                    Style st = body.size(SheetDensity.MIN_SIZE);
                    // The regulation's own short statement (42 CFR 2.32(a)(2)) leads; the consent's
                    // scope (2.32(b)) follows.
                    Block box =
                            new Block()
                                    .rich(
                                            b,
                                            10,
                                            w - 18,
                                            Part2Notice.STATEMENT_2,
                                            st.role(FontRole.SANS_BOLD),
                                            n,
                                            st)
                                    .pad(3, 3)
                                    .before(d.gap() + 2);
                    box.fill = Style.SHADE;
                    box.bar = Style.URGENT;
                    add(box);
                });
        return out;
    }

    private void add(Block k) {
        out.add(k);
    }

    private void heading(String text) {
        Block h =
                new Block()
                        .col(
                                b,
                                0,
                                w,
                                text,
                                new Style(FontRole.SANS_BOLD, d.heading(), Style.ACCENT, 1.15f))
                        .pad(0, 1.5f + d.pad())
                        .before(d.gap());
        h.keepWithNext = true;
        h.underline = Style.RULE;
        add(h);
    }

    /**
     * A paragraph led by its heading in the heading's colour, which saves a line over a heading of
     * its own.
     */
    private void paragraph(String lead, String text, SheetPart part) {
        String kept = String.join(" ", kept(sentences(text), part));
        Style leadStyle = new Style(FontRole.SANS_BOLD, d.heading(), Style.ACCENT, d.leading());
        add(new Block().rich(b, 0, w, lead, leadStyle, kept, body).pad(d.pad(), 0).before(d.gap()));
        more(part);
    }

    private void shade(Block row, int i) {
        row.pad(d.pad(), d.pad());
        if (i % 2 == 1) {
            row.fill = Style.SHADE;
        }
        add(row);
    }

    /** The claim column's share of the width that makes the objections shortest. */
    private float claimShare(List<Objection> objections, Style claim, Style answer) {
        float best = 0.45f;
        int bestLines = Integer.MAX_VALUE;
        for (float f = 0.34f; f <= 0.52f; f += 0.03f) {
            float cw = w * f;
            int lines = 0;
            for (Objection o : objections) {
                lines +=
                        Math.max(
                                b.wrap(claim(o), claim, cw - 4).size(),
                                b.wrap(o.answer(), answer, w - cw - 12).size());
            }
            if (lines < bestLines) {
                bestLines = lines;
                best = f;
            }
        }
        return best;
    }

    /** The reviewer's words, quoted. */
    private static String claim(Objection o) {
        return WORDS.fill("sheet.claim", "claim", o.claim());
    }

    /**
     * Each point with its source; a source repeated from the point before is not spelled out again.
     */
    private void points(List<Point> points) {
        Optional<String> previous = Optional.empty();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            Optional<String> source = p.citationId().flatMap(cite);
            String c =
                    source.isEmpty()
                            ? ""
                            : " "
                                    + (source.equals(previous)
                                            ? WORDS.text("sheet.source.same")
                                            : WORDS.fill("sheet.source", "citation", source.get()));
            previous = source;
            shade(new Block().rich(b, 4, w - 8, p.label() + ":", bold, p.text() + c, body), i);
        }
    }

    private void none(List<?> all, String text) {
        if (all.isEmpty()) {
            add(new Block().col(b, 0, w, text, muted).pad(d.pad(), 0));
        }
    }

    private void more(SheetPart part) {
        int n = cut.getOrDefault(part, 0);
        if (n > 0) {
            add(
                    new Block()
                            .col(
                                    b,
                                    4,
                                    w - 4,
                                    WORDS.fill("sheet.more", "leftOut", part.leftOut(n)),
                                    muted.role(FontRole.SANS_BOLD))
                            .pad(d.pad(), 0));
        }
    }
}
