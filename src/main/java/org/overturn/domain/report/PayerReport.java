package org.overturn.domain.report;

import java.util.List;

/** The patterns by payer, counted where the cases are stored. */
public interface PayerReport {

    /** One row per payer with a case in the filter, most denials first. */
    List<PayerPatterns> patterns(ReportFilter filter);

    /** Month by month for each payer in the filter, oldest first: the charts over time. */
    List<PayerMonth> months(ReportFilter filter);
}
