package org.overturn.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.PracticeProfile;

/** The practice's letterhead: logo, name, address and numbers, above a rule. */
@Outgoing
public final class Letterhead {

    private Letterhead() {}

    public static void draw(PdfBuilder b, PracticeProfile p, Optional<Clinician> signer)
            throws IOException {
        float top = b.y();
        float textX = b.left();
        float logoH = 0;
        if (p.logo().isPresent()) {
            PDImageXObject img =
                    PDImageXObject.createFromByteArray(
                            b.document(), p.logo().get().bytes(), p.logo().get().fileName());
            float s = Math.min(120f / img.getWidth(), 54f / img.getHeight());
            b.canvas()
                    .drawImage(
                            img,
                            b.left(),
                            top - img.getHeight() * s,
                            img.getWidth() * s,
                            img.getHeight() * s);
            textX = b.left() + img.getWidth() * s + 14;
            logoH = img.getHeight() * s;
        }
        String signerName = signer.map(Clinician::signatureName).orElse("");
        String name = !p.practiceName().isEmpty() ? p.practiceName() : signerName;
        float y = top;
        if (!name.isEmpty()) {
            b.text(textX, y - Style.H1.size(), name, Style.H1);
            y -= Style.H1.lineHeight();
        }
        List<String> lines = new ArrayList<>();
        if (!p.practiceName().isEmpty() && signer.isPresent()) {
            lines.add(
                    signerName
                            + (signer.get().npi().isEmpty()
                                    ? ""
                                    : "  ·  NPI " + signer.get().npi()));
        }
        if (!p.address().isEmpty()) {
            lines.add(
                    String.join(
                            "  ·  ",
                            p.address()
                                    .lines()
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList()));
        }
        List<String> numbers = new ArrayList<>();
        if (!p.phone().isEmpty()) {
            numbers.add("Phone " + p.phone());
        }
        if (!p.fax().isEmpty()) {
            numbers.add("Fax " + p.fax());
        }
        if (!numbers.isEmpty()) {
            lines.add(String.join("  ·  ", numbers));
        }
        Style st = Style.SANS.size(9f).color(Style.MUTED);
        for (String l : lines) {
            b.text(textX, y - st.size(), l, st);
            y -= st.lineHeight();
        }
        b.moveDown(Math.max(top - y, logoH) + 6);
        b.rule(1.2f, Style.ACCENT);
        b.space(10);
    }
}
