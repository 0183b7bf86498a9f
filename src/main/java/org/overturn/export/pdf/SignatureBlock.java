package org.overturn.export.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.overturn.domain.packet.PracticeProfile;

/** Under "Sincerely,": the signer's signature image when the profile has one, then the name. */
final class SignatureBlock {

    private SignatureBlock() {}

    /**
     * @param nameLines the signer's name and what follows it (the NPI), one per line
     */
    static void draw(
            PdfBuilder b,
            PDDocument doc,
            Optional<PracticeProfile.ProfileImage> signature,
            String nameLines)
            throws IOException {
        if (signature.isPresent()) {
            PDImageXObject img =
                    PDImageXObject.createFromByteArray(
                            doc, signature.get().bytes(), signature.get().fileName());
            b.moveDown(b.image(img, b.left(), 170, 44) + 2);
        } else {
            b.space(30);
        }
        b.paragraphs(nameLines, Style.BODY);
    }
}
