package org.overturn.domain.intake;

/**
 * One value read from the denial's text, with where it was found, so a screen can show it as "read
 * from the letter, not yet confirmed" beside the words it came from.
 *
 * @param start the offset in the text of the first character of the words it came from
 * @param end the offset just after them
 */
public record Extracted<T>(T value, int start, int end, String snippet) {

    public Extracted {
        if (value == null) {
            throw new IllegalArgumentException("an extracted value needs its value");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        snippet = snippet == null ? "" : snippet.strip();
    }
}
