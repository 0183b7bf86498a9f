package org.overturn.export.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.overturn.domain.audience.Outgoing;
import org.overturn.domain.cases.AuthorizedRepresentative;
import org.overturn.domain.cases.Denial;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.citations.Citation;
import org.overturn.domain.letters.Words;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.LetterPart;
import org.overturn.domain.packet.LetterSection;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.packet.Signer;
import org.overturn.domain.wording.Wording;
import org.overturn.export.pdf.FontRole;
import org.overturn.export.pdf.Letterhead;
import org.overturn.export.pdf.PdfBuilder;
import org.overturn.export.pdf.Style;

/** The appeal letter on the practice's letterhead. */
@Outgoing
final class LetterPages {

    private static final Wording WORDS = Wording.of("packet");

    private LetterPages() {}

    static void render(PdfBuilder b, PacketContext x, List<String> enclosureLines)
            throws IOException {
        b.newPage();
        if (x.letter.signer() == Signer.PROVIDER) {
            Letterhead.draw(b, x.in.profile(), x.c.packet().signer());
        } else {
            // The patient's or representative's own letter: their name heads it, not the practice's
            // letterhead.
            Letterhead.draw(
                    b,
                    new PracticeProfile(
                            x.senderName(),
                            "",
                            "",
                            "",
                            List.of(),
                            Optional.empty(),
                            Optional.empty()),
                    Optional.empty());
        }
        b.paragraphs(x.dateLong(), Style.BODY);
        b.space(8);
        if (x.expedited) {
            b.paragraphs(
                    WORDS.fill(
                            "letter.urgent",
                            "request",
                            x.route.title(true).toUpperCase(Locale.ROOT)),
                    Style.of(FontRole.SANS_BOLD, 11f).color(Style.URGENT));
        }
        x.in.payer()
                .map(p -> p.appealsFax())
                .filter(f -> !f.isEmpty())
                .ifPresent(
                        f ->
                                b.paragraphs(
                                        WORDS.fill("letter.byFax", "fax", f),
                                        Style.BODY.color(Style.MUTED)));
        b.space(6);
        b.paragraphs(addressee(x), Style.BODY);
        b.space(10);
        reBlock(b, x);
        b.space(8);
        b.paragraphs(WORDS.fill("letter.dear", "addressee", x.route.addresseeTitle()), Style.BODY);
        b.space(6);
        LetterSection last =
                x.letter.sections().stream()
                        .filter(s -> !s.text().isBlank())
                        .reduce((a, z) -> z)
                        .orElse(null);
        for (LetterSection s : x.letter.sections()) {
            if (s.text().isBlank()) {
                continue;
            }
            boolean titled = s.part() != LetterPart.OPENING && s.part() != LetterPart.CLOSING;
            if (s.part() == LetterPart.EXPEDITED_STATEMENT
                    && x.letter.signer() != Signer.PROVIDER) {
                clinicianStatement(b, x, s);
                continue;
            }
            if (titled) {
                b.heading(heading(x, s.part()), Style.H3, 6, Style.BODY.lineHeight() * 3);
            }
            if (s == last) {
                // The signature never stands alone on a page: it keeps the letter's last lines with
                // it.
                b.paragraphsKeptWith(s.text(), Style.BODY, 6 + SIGNATURE_HEIGHT);
            } else {
                b.paragraphs(s.text(), Style.BODY);
            }
            b.space(6);
        }
        signature(b, x);
        if (!enclosureLines.isEmpty()) {
            b.space(8);
            b.ensure(Style.SANS.lineHeight() * (enclosureLines.size() + 2));
            b.paragraphs(WORDS.text("letter.enclosures"), Style.BODY);
            b.paragraphs(
                    String.join(NEW_LINE, enclosureLines.stream().map(l -> "• " + l).toList()),
                    Style.SANS.size(9f));
        }
        List<Citation> cited = x.citedInLetter();
        if (!cited.isEmpty()) {
            b.heading(WORDS.text("letter.authorities"), Style.H3, 10, Style.SANS.lineHeight() * 2);
            StringBuilder sb = new StringBuilder();
            for (Citation c : cited) {
                sb.append("• ")
                        .append(c.citation())
                        .append(": ")
                        .append(c.shortTitle())
                        .append('\n');
            }
            b.paragraphs(sb.toString(), Style.SANS.size(8.5f));
        }
    }

    private static String addressee(PacketContext x) {
        StringBuilder sb =
                new StringBuilder(
                        x.recipient.isEmpty() ? WORDS.text("recipient.default") : x.recipient);
        boolean payerIsRecipient =
                x.in.payer().map(p -> p.name().equals(x.recipient)).orElse(false)
                        || x.c.packet().letterOrEmpty().addressee().isEmpty();
        if (payerIsRecipient) {
            x.in.payer()
                    .ifPresent(
                            p -> {
                                if (!p.appealsAddress().isBlank()) {
                                    sb.append('\n').append(p.appealsAddress().strip());
                                }
                            });
        }
        return sb.toString();
    }

    private static void reBlock(PdfBuilder b, PacketContext x) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {WORDS.text("letter.re.patient"), x.c.patient().name()});
        x.c.patient()
                .dateOfBirth()
                .ifPresent(
                        d ->
                                rows.add(
                                        new String[] {
                                            WORDS.text("letter.re.dateOfBirth"), Words.date(d)
                                        }));
        if (!x.c.patient().memberId().isEmpty()) {
            rows.add(new String[] {WORDS.text("letter.re.memberId"), x.c.patient().memberId()});
        }
        if (!x.c.patient().groupNumber().isEmpty()) {
            rows.add(
                    new String[] {
                        WORDS.text("letter.re.groupNumber"), x.c.patient().groupNumber()
                    });
        }
        if (!x.c.plan().planName().isEmpty()) {
            rows.add(new String[] {WORDS.text("letter.re.plan"), x.c.plan().planName()});
        }
        Optional<Denial> d = x.denial;
        d.ifPresent(
                den -> {
                    if (!den.authorizationNumber().isEmpty()) {
                        rows.add(
                                new String[] {
                                    WORDS.text("letter.re.authorization"), den.authorizationNumber()
                                });
                    }
                    if (!den.claimNumber().isEmpty()) {
                        rows.add(new String[] {WORDS.text("letter.re.claim"), den.claimNumber()});
                    }
                    if (!den.referenceNumber().isEmpty()) {
                        rows.add(
                                new String[] {
                                    WORDS.text("letter.re.reference"), den.referenceNumber()
                                });
                    }
                    den.noticeDate()
                            .or(den::effectiveDate)
                            .ifPresent(
                                    n ->
                                            rows.add(
                                                    new String[] {
                                                        WORDS.text("letter.re.denialDated"),
                                                        Words.date(n)
                                                    }));
                    rows.add(
                            new String[] {
                                WORDS.text("letter.re.care"), Words.care(den.levelOfCare())
                            });
                });
        String kind = x.route.title(x.expedited);
        Style key = Style.SANS_BOLD.size(9.5f);
        Style val = Style.SANS.size(9.5f);
        b.ensure((rows.size() + 1) * val.lineHeight() + 4);
        b.text(b.left(), b.y() - key.size(), WORDS.text("letter.re"), Style.BODY_BOLD);
        b.text(
                b.left() + 36,
                b.y() - key.size(),
                kind.substring(0, 1).toUpperCase() + kind.substring(1),
                Style.BODY_BOLD);
        b.moveDown(Style.BODY.lineHeight() + 2);
        for (String[] r : rows) {
            List<String> lines = b.wrap(r[1], val, b.width() - 36 - 100);
            b.ensure(lines.size() * val.lineHeight());
            b.text(b.left() + 36, b.y() - val.size(), r[0], key.color(Style.MUTED));
            for (String l : lines) {
                b.text(b.left() + 136, b.y() - val.size(), l, val);
                b.moveDown(val.lineHeight());
            }
        }
    }

    /**
     * A part's heading as the plan reads it: worded for the kind of denial where the part's label
     * is not.
     */
    private static String heading(PacketContext x, LetterPart part) {
        boolean concurrent =
                x.denial.map(d -> d.denialType() == DenialType.CONCURRENT).orElse(false);
        return switch (part) {
            case EXPEDITED_STATEMENT -> WORDS.text("letter.heading.expedited");
            case REQUEST -> WORDS.text("letter.heading.request");
            case RISK ->
                    WORDS.text(
                            concurrent ? "letter.heading.risk.concurrent" : "letter.heading.risk");
            default -> part.label();
        };
    }

    private static void clinicianStatement(PdfBuilder b, PacketContext x, LetterSection s)
            throws IOException {
        Clinician k =
                x.c.packet()
                        .signer()
                        .orElse(Clinician.named(WORDS.text("letter.noSigner"), "", false));
        b.heading(
                WORDS.text(
                        k.physician()
                                ? "letter.statement.physician"
                                : "letter.statement.clinician"),
                Style.H3,
                8,
                Style.BODY.lineHeight() * 4);
        b.paragraphs(s.text(), Style.BODY);
        b.space(14);
        b.ensure(60);
        signatureImage(b, x.in.profile().signatureOf(k));
        b.paragraphs(
                k.signatureName()
                        + (k.npi().isEmpty()
                                ? ""
                                : NEW_LINE + WORDS.fill("letter.npi", "npi", k.npi())),
                Style.BODY);
        b.space(8);
    }

    /**
     * "Sincerely,", the signature image or space for one, and up to three lines of name, NPI and
     * practice.
     */
    static final float SIGNATURE_HEIGHT = Style.BODY.lineHeight() * 6 + 40;

    private static void signature(PdfBuilder b, PacketContext x) throws IOException {
        PracticeProfile p = x.in.profile();
        b.ensure(SIGNATURE_HEIGHT);
        b.space(4);
        b.paragraphs(WORDS.text("letter.closing"), Style.BODY);
        b.space(4);
        StringBuilder name = new StringBuilder();
        switch (x.letter.signer()) {
            case PROVIDER -> {
                Clinician k =
                        x.c.packet()
                                .signer()
                                .orElse(Clinician.named(WORDS.text("letter.noSigner"), "", false));
                signatureImage(b, p.signatureOf(k));
                name.append(k.signatureName());
                if (!k.npi().isEmpty()) {
                    name.append('\n').append(WORDS.fill("letter.npi", "npi", k.npi()));
                }
                if (!p.practiceName().isEmpty()) {
                    name.append('\n').append(p.practiceName());
                }
            }
            case PATIENT -> {
                b.space(30);
                name.append(x.c.patient().name());
            }
            case REPRESENTATIVE -> {
                b.space(30);
                Optional<AuthorizedRepresentative> r = x.c.representative();
                name.append(
                        r.map(AuthorizedRepresentative::name)
                                .orElse(WORDS.text("letter.representative")));
                name.append('\n')
                        .append(
                                WORDS.fill(
                                        "letter.representativeOf",
                                        "patient",
                                        x.c.patient().name()));
            }
        }
        b.paragraphs(name.toString(), Style.BODY);
    }

    private static void signatureImage(PdfBuilder b, Optional<PracticeProfile.ProfileImage> sig)
            throws IOException {
        if (sig.isPresent()) {
            PDImageXObject img =
                    PDImageXObject.createFromByteArray(
                            b.document(), sig.get().bytes(), sig.get().fileName());
            float h = b.image(img, b.left(), 170, 44);
            b.moveDown(h + 2);
        } else {
            b.space(30);
        }
    }

    // Last in the file: WordingFilesTest reads the file's string literals without escapes, and one
    // with a backslash would hide the wording keys after it.
    private static final String NEW_LINE = "\n";
}
