package org.overturn.ui.cases;

import java.text.Normalizer;
import java.util.Locale;
import org.overturn.domain.cases.CaseSummary;
import org.overturn.ui.common.Dates;
import org.overturn.ui.common.Messages;

/** One row of the Cases table, with its display texts and search key worked out once. */
public record CaseRow(CaseSummary summary, String planType, String levelOfCare, String status, String denialDate,
                      String searchKey) {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    public static CaseRow of(CaseSummary s) {
        String plan = s.planType().map(Messages::label).orElse("");
        String level = s.levelOfCare().map(Messages::label).orElse("");
        String status = Messages.label(s.status());
        String denial = Dates.show(s.denialDate());
        String key = fold(String.join("\u0000", String.valueOf(s.id()), s.patientName(), s.payerName(), plan, level,
                status, denial, s.planType().map(p -> p.id()).orElse("")));
        return new CaseRow(s, plan, level, status, denial, key);
    }

    public long id() {
        return summary.id();
    }

    public String patient() {
        return summary.patientName();
    }

    public String payer() {
        return summary.payerName();
    }

    /** Lower case without accents, so "nguyen" finds "Nguyễn" and "zolc" finds "Żółć". */
    public static String fold(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return d.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    public boolean matches(String[] foldedTerms) {
        for (String t : foldedTerms) {
            if (!searchKey.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
