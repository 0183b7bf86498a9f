package org.overturn.export.packet;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.FontRole;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;
import org.overturn.export.pdf.Table;

/**
 * The fax cover sheet: to, from, pages, the urgent marking, contents and the confidentiality
 * notice.
 */
@Outgoing
final class CoverSheet {

    private static final Wording WORDS = Wording.of("packet");

    static final String CONFIDENTIAL = WORDS.text("cover.notice.text");

    private CoverSheet() {}

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        PracticeProfile p = x.in.profile();
        Style big = Style.of(FontRole.SANS_BOLD, 30f).color(Style.ACCENT);
        b.text(b.left(), b.y() - big.size(), WORDS.text("cover.fax"), big);
        String sub = WORDS.text("cover.subtitle");
        Style subSt = Style.SANS.size(11f).color(Style.MUTED);
        b.text(b.left() + b.width() - b.width(sub, subSt), b.y() - big.size() + 4, sub, subSt);
        b.moveDown(big.lineHeight());
        b.rule(1.5f, Style.ACCENT);
        b.space(6);
        if (x.expedited) {
            float h = 40;
            b.ensure(h + 8);
            b.fillRect(b.left(), b.y() - h, b.width(), h, Style.URGENT);
            Style u = Style.of(FontRole.SANS_BOLD, 15f).color(Color.WHITE);
            String t =
                    WORDS.fill(
                            "cover.urgent",
                            "request",
                            x.route.title(true).toUpperCase(Locale.ROOT));
            b.text(b.left() + (b.width() - b.width(t, u)) / 2, b.y() - 18, t, u);
            Style u2 = Style.SANS.size(9f).color(Color.WHITE);
            String t2 = WORDS.text("cover.urgent.note");
            while (u2.size() > 6f && b.width(t2, u2) > b.width() - 16) {
                u2 = u2.size(u2.size() - 0.25f);
            }
            b.text(b.left() + (b.width() - b.width(t2, u2)) / 2, b.y() - 32, t2, u2);
            b.moveDown(h + 10);
        }
        String payerFax = x.in.payer().map(Payer::appealsFax).orElse("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        WORDS.text("cover.to"),
                        x.recipient.isEmpty()
                                ? WORDS.text("recipient.default")
                                : x.in.payer()
                                        .map(Payer::behavioralHealthManager)
                                        .filter(m -> !m.isEmpty())
                                        .map(
                                                m ->
                                                        WORDS.fill(
                                                                "cover.to.manager",
                                                                "recipient",
                                                                x.recipient,
                                                                "manager",
                                                                m))
                                        .orElse(x.recipient)));
        rows.add(
                List.of(
                        WORDS.text("cover.fax.label"),
                        payerFax.isEmpty() ? WORDS.text("cover.fax.unknown") : payerFax));
        Optional<Clinician> k = x.c.packet().signer();
        String phone = p.phone().isEmpty() ? k.map(Clinician::phone).orElse("") : p.phone();
        String fax = p.fax().isEmpty() ? k.map(Clinician::fax).orElse("") : p.fax();
        String by =
                String.join(
                        ", ",
                        nonEmpty(k.map(Clinician::signatureName).orElse(""), p.practiceName()));
        String from;
        if (x.letter.signer() == Signer.PROVIDER) {
            from = by;
        } else if (by.isEmpty()) {
            from = x.senderName();
        } else {
            from = WORDS.fill("cover.from.sentBy", "sender", x.senderName(), "by", by);
        }
        rows.add(List.of(WORDS.text("cover.from"), from));
        rows.add(
                List.of(
                        WORDS.text("cover.phoneFax"),
                        String.join(
                                "   ",
                                nonEmpty(
                                        phone.isEmpty()
                                                ? ""
                                                : WORDS.fill("cover.phone", "phone", phone),
                                        fax.isEmpty()
                                                ? ""
                                                : WORDS.fill("cover.faxNumber", "fax", fax)))));
        rows.add(List.of(WORDS.text("cover.date"), x.dateLong()));
        rows.add(
                List.of(
                        WORDS.text("cover.pages"),
                        WORDS.fill("cover.pageCount", "count", x.totalPages)));
        String request = x.route.title(x.expedited);
        String patient = x.c.patient().name();
        String number = x.denial.map(d -> d.primaryNumber()).orElse("");
        String re =
                number.isEmpty()
                        ? WORDS.fill("cover.regarding", "request", request, "patient", patient)
                        : WORDS.fill(
                                "cover.regarding.number",
                                "request",
                                request,
                                "patient",
                                patient,
                                "number",
                                number);
        rows.add(List.of(WORDS.text("cover.re"), re));
        keyValues(b, rows);
        b.space(14);
        b.heading(WORDS.text("cover.contents"), Style.H2, 4, Style.SANS.lineHeight() * 3);
        List<List<String>> contents = new ArrayList<>();
        for (Map.Entry<String, int[]> e : x.pages.entrySet()) {
            int[] v = e.getValue();
            String range =
                    v[1] <= 1
                            ? WORDS.fill("cover.contents.page", "page", v[0])
                            : WORDS.fill(
                                    "cover.contents.range", "from", v[0], "to", v[0] + v[1] - 1);
            contents.add(List.of(e.getKey(), range));
        }
        if (!contents.isEmpty()) {
            b.table(
                    Table.of(
                            List.of(
                                    Table.col(WORDS.text("cover.contents.part"), 4),
                                    Table.col(WORDS.text("cover.contents.pages"), 1.3f)),
                            contents));
        }
        b.space(10);
        String notice =
                x.part2.protectedRecords()
                        ? CONFIDENTIAL + " " + WORDS.text("cover.notice.part2")
                        : CONFIDENTIAL;
        box(b, WORDS.text("cover.notice"), notice);
    }

    static void keyValues(PdfBuilder b, List<List<String>> rows) {
        Style key = Style.SANS_BOLD.size(10.5f).color(Style.MUTED);
        Style val = Style.SANS.size(11f);
        for (List<String> r : rows) {
            List<String> lines = b.wrap(r.get(1), val, b.width() - 110);
            b.ensure(lines.size() * val.lineHeight() + 6);
            b.text(b.left(), b.y() - val.size(), r.get(0), key);
            for (String l : lines) {
                b.text(b.left() + 110, b.y() - val.size(), l, val);
                b.moveDown(val.lineHeight());
            }
            b.moveDown(3);
            b.fillRect(b.left(), b.y(), b.width(), 0.5f, Style.RULE);
            b.moveDown(3);
        }
    }

    static void box(PdfBuilder b, String title, String text) {
        Style st = Style.SANS.size(9f);
        List<String> lines = b.wrap(text, st, b.width() - 20);
        float h = lines.size() * st.lineHeight() + Style.SANS_BOLD.lineHeight() + 16;
        b.ensure(h + 4);
        float top = b.y();
        b.fillRect(b.left(), top - h, b.width(), h, Style.SHADE);
        b.strokeRect(b.left(), top - h, b.width(), h, Style.RULE, 0.75f);
        float y = top - 8 - Style.SANS_BOLD.size();
        b.text(b.left() + 10, y, title, Style.SANS_BOLD.size(9.5f));
        y -= Style.SANS_BOLD.lineHeight();
        for (String l : lines) {
            b.text(b.left() + 10, y, l, st);
            y -= st.lineHeight();
        }
        b.moveDown(h + 6);
    }

    private static List<String> nonEmpty(String... items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static String words(LocalDate d) {
        return Words.date(d);
    }
}
