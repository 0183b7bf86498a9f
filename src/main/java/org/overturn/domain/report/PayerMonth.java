package org.overturn.domain.report;

import java.time.YearMonth;

/**
 * One payer's month: the denials dated in it, and of the cases first denied in it, how many were
 * decided and how many of those overturned (in whole or in part, at any step).
 *
 * @param payer the payer's name, or "" for cases with no payer recorded
 */
public record PayerMonth(String payer, YearMonth month, int denials, int decided, int overturned) {}
