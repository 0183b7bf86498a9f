package org.overturn.export.pdf;

/**
 * An export that cannot be done, with a message a clinician can act on (an unwritable folder, a
 * broken or password-protected enclosure, a missing consent). Nothing is written when it is thrown.
 */
public class PdfExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public PdfExportException(String message) {
        super(message);
    }

    public PdfExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
