package org.overturn.ui.common;

import java.math.BigDecimal;
import java.util.Optional;

/** Whole numbers and amounts typed into fields, refused with a clear message when they aren't. */
public final class Numbers {

    private Numbers() {}

    public static ParseResult<Integer> wholeNumber(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (t.isEmpty()) {
            return ParseResult.empty();
        }
        try {
            int v = Integer.parseInt(t);
            if (v < 0) {
                return ParseResult.error(Messages.format("validation.negative", text.strip()));
            }
            return ParseResult.of(v);
        } catch (NumberFormatException e) {
            return ParseResult.error(Messages.format("validation.wholeNumber", text.strip()));
        }
    }

    public static ParseResult<BigDecimal> decimal(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("$", "");
        if (t.isEmpty()) {
            return ParseResult.empty();
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0) {
                return ParseResult.error(Messages.format("validation.negative", text.strip()));
            }
            return ParseResult.of(v);
        } catch (NumberFormatException e) {
            return ParseResult.error(Messages.format("validation.number", text.strip()));
        }
    }

    public static String show(Optional<? extends Number> n) {
        return n.map(
                        v ->
                                v instanceof BigDecimal b
                                        ? b.stripTrailingZeros().toPlainString()
                                        : v.toString())
                .orElse("");
    }
}
