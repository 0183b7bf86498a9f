package org.overturn.export.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.PracticeProfile;
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

    static final String CONFIDENTIAL =
            "This fax contains confidential health information that the law protects. It is "
                    + "meant only for the recipient named above. If it reached you by mistake, please call the sender at once "
                    + "and destroy every page; reading, copying or passing it on is not allowed.";

    private CoverSheet() {}

    static void render(PdfBuilder b, PacketContext x) {
        b.newPage();
        PracticeProfile p = x.in.profile();
        Style big = Style.of(FontRole.SANS_BOLD, 30f).color(Style.ACCENT);
        b.text(b.left(), b.y() - big.size(), "FAX", big);
        String sub = "Confidential health information";
        Style subSt = Style.SANS.size(11f).color(Style.MUTED);
        b.text(b.left() + b.width() - b.width(sub, subSt), b.y() - big.size() + 4, sub, subSt);
        b.moveDown(big.lineHeight());
        b.rule(1.5f, Style.ACCENT);
        b.space(6);
        if (x.expedited) {
            float h = 40;
            b.ensure(h + 8);
            b.fillRect(b.left(), b.y() - h, b.width(), h, Style.URGENT);
            Style u = Style.of(FontRole.SANS_BOLD, 15f).color(java.awt.Color.WHITE);
            String t = "URGENT: " + x.route.title(true).toUpperCase(java.util.Locale.ROOT);
            b.text(b.left() + (b.width() - b.width(t, u)) / 2, b.y() - 18, t, u);
            Style u2 = Style.SANS.size(9f).color(java.awt.Color.WHITE);
            String t2 =
                    "The treating clinician states that the standard timeframe could seriously jeopardize the "
                            + "patient's health. Please route this request at once.";
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
                        "To",
                        x.recipient.isEmpty()
                                ? "Appeals Department"
                                : x.recipient
                                        + x.in.payer()
                                                .map(Payer::behavioralHealthManager)
                                                .filter(m -> !m.isEmpty())
                                                .map(m -> " (behavioral health: " + m + ")")
                                                .orElse("")));
        rows.add(List.of("Fax", payerFax.isEmpty() ? "(not in the payer directory)" : payerFax));
        java.util.Optional<org.overturn.domain.packet.Clinician> k = x.c.packet().signer();
        String phone =
                p.phone().isEmpty()
                        ? k.map(org.overturn.domain.packet.Clinician::phone).orElse("")
                        : p.phone();
        String fax =
                p.fax().isEmpty()
                        ? k.map(org.overturn.domain.packet.Clinician::fax).orElse("")
                        : p.fax();
        String by =
                String.join(
                        ", ",
                        nonEmpty(
                                k.map(org.overturn.domain.packet.Clinician::signatureName)
                                        .orElse(""),
                                p.practiceName()));
        rows.add(
                List.of(
                        "From",
                        x.letter.signer() == org.overturn.domain.packet.Signer.PROVIDER
                                ? by
                                : x.senderName() + (by.isEmpty() ? "" : " (sent by " + by + ")")));
        rows.add(
                List.of(
                        "Phone / fax",
                        String.join(
                                "   ",
                                nonEmpty(
                                        phone.isEmpty() ? "" : "Phone " + phone,
                                        fax.isEmpty() ? "" : "Fax " + fax))));
        rows.add(List.of("Date", x.dateLong()));
        rows.add(List.of("Pages", x.totalPages + " including this cover"));
        String re =
                x.route.title(x.expedited)
                        + " for "
                        + x.c.patient().name()
                        + x.denial
                                .map(
                                        d ->
                                                d.primaryNumber().isEmpty()
                                                        ? ""
                                                        : ", " + d.primaryNumber())
                                .orElse("");
        rows.add(List.of("Re", re));
        keyValues(b, rows);
        b.space(14);
        b.heading("Contents", Style.H2, 4, Style.SANS.lineHeight() * 3);
        List<List<String>> contents = new ArrayList<>();
        for (Map.Entry<String, int[]> e : x.pages.entrySet()) {
            int[] v = e.getValue();
            String range = v[1] <= 1 ? "page " + v[0] : "pages " + v[0] + "–" + (v[0] + v[1] - 1);
            contents.add(List.of(e.getKey(), range));
        }
        if (!contents.isEmpty()) {
            b.table(Table.of(List.of(Table.col("Part", 4), Table.col("Pages", 1.3f)), contents));
        }
        b.space(10);
        String notice =
                CONFIDENTIAL
                        + (x.part2.protectedRecords()
                                ? " This packet includes substance use disorder "
                                        + "records protected by federal law (42 CFR Part 2); the notice that follows this cover applies to "
                                        + "every page."
                                : "");
        box(b, "Confidentiality notice", notice);
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

    static String words(java.time.LocalDate d) {
        return Words.date(d);
    }
}
