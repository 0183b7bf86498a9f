package org.overturn.domain.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The patterns by payer as CSV (RFC 4180, CRLF), one row per payer: {@code report payers --csv} and
 * the Payers screen's Export CSV write the same text. No patient is named.
 */
public final class PayerCsv {

    /** How a case with no payer recorded is listed. */
    public static final String NO_PAYER = "(no payer recorded)";

    private PayerCsv() {}

    /** Dollars from cents, as 1234.50. */
    public static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    public static String of(List<PayerPatterns> rows) {
        StringBuilder sb = new StringBuilder();
        line(
                sb,
                List.of(
                        "payer",
                        "behavioral health manager",
                        "cases",
                        "denials",
                        "denials not by a psychiatrist",
                        "cases with a peer-to-peer call",
                        "calls honoured",
                        "calls not honoured",
                        "overturned at peer-to-peer",
                        "overturned on appeal",
                        "overturned at external review",
                        "upheld",
                        "not decided",
                        "overturn rate",
                        "median days to decision",
                        "billed",
                        "recovered",
                        "by level of care",
                        "by reason",
                        "by criteria set",
                        "by denial type",
                        "by reviewer"));
        for (PayerPatterns p : rows) {
            line(
                    sb,
                    List.of(
                            PayerFigures.name(p),
                            p.behavioralHealthManager(),
                            String.valueOf(p.cases()),
                            String.valueOf(p.denials()),
                            String.valueOf(p.deniedByNonPsychiatrists()),
                            String.valueOf(p.casesWithCall()),
                            String.valueOf(p.callsHonoured()),
                            String.valueOf(p.callsNotHonoured()),
                            String.valueOf(p.resolved(Resolution.OVERTURNED_AT_P2P)),
                            String.valueOf(p.resolved(Resolution.OVERTURNED_ON_APPEAL)),
                            String.valueOf(p.resolved(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW)),
                            String.valueOf(p.resolved(Resolution.UPHELD)),
                            String.valueOf(p.resolved(Resolution.OPEN)),
                            p.overturnRate()
                                    .map(r -> String.format(Locale.ROOT, "%.3f", r))
                                    .orElse(""),
                            p.medianDaysToDecision().map(String::valueOf).orElse(""),
                            dollars(p.billedCents()),
                            dollars(p.recoveredCents()),
                            counts(p.byLevel()),
                            counts(p.byReason()),
                            counts(p.byCriteria()),
                            counts(p.byType()),
                            counts(p.byReviewer())));
        }
        return sb.toString();
    }

    /** "iop-mh=3; iop-sud=1", in the ids' order. */
    private static String counts(Map<String, Integer> m) {
        return new TreeMap<>(m)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "));
    }

    /** One CSV line (RFC 4180): a field with a comma, quote or line break is quoted. */
    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append("\r\n");
    }
}
