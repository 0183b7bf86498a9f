package org.overturn.export.pdf;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.overturn.domain.security.Passwords;

/**
 * A PDF protected for email or a portal upload: PDFBox's standard security handler with a 256-bit
 * AES key (PDF 2.0, revision 6), opened with the password the clinician gives the recipient. The
 * owner password is random and kept nowhere, so the recipient's password opens, prints and copies
 * (for reading aloud too) but cannot lift the protection or change the document; with the owner
 * password equal to the user password those limits would not hold.
 */
public final class PdfProtection {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfProtection() {}

    /**
     * The document's bytes, encrypted; the content is saved as it is, page for page.
     *
     * @throws PdfExportException when the password is too short or the document can't be re-saved
     */
    public static byte[] protect(byte[] pdf, String password) throws PdfExportException {
        Optional<String> problem = Passwords.problem(password);
        if (problem.isPresent()) {
            throw new PdfExportException(problem.get());
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission may = new AccessPermission();
            may.setCanPrint(true);
            may.setCanPrintFaithful(true);
            may.setCanExtractContent(true);
            may.setCanExtractForAccessibility(true);
            may.setCanFillInForm(true);
            may.setCanModify(false);
            may.setCanModifyAnnotations(false);
            may.setCanAssembleDocument(false);
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy(ownerPassword(), password, may);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            return PdfFiles.bytes(doc);
        } catch (IOException e) {
            throw new PdfExportException("the PDF could not be protected: " + e.getMessage(), e);
        }
    }

    /**
     * The document without its protection (for the frozen copy of what was sent), given its
     * password.
     */
    public static byte[] unprotect(byte[] pdf, String password) throws PdfExportException {
        try (PDDocument doc = Loader.loadPDF(pdf, password)) {
            doc.setAllSecurityToBeRemoved(true);
            return PdfFiles.bytes(doc);
        } catch (InvalidPasswordException e) {
            throw new PdfExportException("the password does not open the protected PDF", e);
        } catch (IOException e) {
            throw new PdfExportException(
                    "the protected PDF could not be read: " + e.getMessage(), e);
        }
    }

    private static String ownerPassword() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
