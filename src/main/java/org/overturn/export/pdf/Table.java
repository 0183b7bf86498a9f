package org.overturn.export.pdf;

import java.awt.Color;
import java.util.List;

/**
 * A table to lay out: columns with relative widths, a header row repeated on each page, and body
 * rows whose cells wrap.
 */
public record Table(List<Column> columns, List<List<String>> rows, Style style, Style headStyle) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a table row has "
                                + r.size()
                                + " cells for "
                                + columns.size()
                                + " columns");
            }
        }
    }

    public static Table of(List<Column> columns, List<List<String>> rows) {
        return new Table(columns, rows, Style.SANS, Style.SANS_BOLD.color(Color.WHITE));
    }

    /** A column's title and its share of the width. */
    public record Column(String title, float weight) {}

    public static Column col(String title, float weight) {
        return new Column(title, weight);
    }
}
