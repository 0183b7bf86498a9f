package org.overturn.ui.clock;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.RequestLetterPdf;
import org.overturn.ui.common.Messages;
import org.overturn.ui.common.UiServices;

/**
 * Writes the letter asking the plan for a document (claim file, criteria, reviewer's credentials,
 * comparative analysis) as a PDF, off the FX thread, with its legal basis from the citation library
 * and the practice letterhead.
 */
final class RequestLetters {

    private final UiServices services;

    RequestLetters(UiServices services) {
        this.services = services;
    }

    void export(
            CaseFile c,
            Optional<Payer> payer,
            DisclosureRequest request,
            Path target,
            Consumer<String> failed,
            Consumer<Path> done) {
        services.background()
                .run(
                        () -> {
                            try {
                                new RequestLetterPdf(
                                                c,
                                                payer,
                                                services.core().profiles().load(),
                                                services.core().reference().citations())
                                        .write(
                                                List.of(request),
                                                target,
                                                ZonedDateTime.now(services.clock()));
                                c.id().ifPresent(
                                                id ->
                                                        services.core()
                                                                .audit()
                                                                .fileWritten(
                                                                        AuditAction
                                                                                .REQUEST_LETTER_EXPORTED,
                                                                        id,
                                                                        target));
                                return target;
                            } catch (PdfExportException e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        done,
                        e ->
                                failed.accept(
                                        Messages.format(
                                                "disclosure.letter.failed",
                                                e.getCause() != null
                                                        ? e.getCause().getMessage()
                                                        : e.getMessage())));
    }
}
