package org.overturn.ui.payers;

import java.nio.file.Path;
import java.util.List;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportFilter;

/**
 * Writes the one-page "IOP denials by payer" report (the command line's {@code report payers
 * --pdf}) whole or not at all, and logs it; run on a worker thread.
 */
@FunctionalInterface
public interface PayerPdfExport {

    void write(List<PayerPatterns> rows, ReportFilter filter, Path target) throws Exception;
}
