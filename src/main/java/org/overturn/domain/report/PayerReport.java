package org.overturn.domain.report;

import java.util.List;

/** The patterns by payer, counted where the cases are stored. */
public interface PayerReport {

    /** One row per payer with a case in the filter, most denials first. */
    List<PayerPatterns> patterns(ReportFilter filter);
}
