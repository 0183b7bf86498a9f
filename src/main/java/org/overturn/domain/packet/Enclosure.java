package org.overturn.domain.packet;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.overturn.domain.cases.Text;

/**
 * A document the clinician encloses (the denial letter, records, a letter of support). Only its
 * description lives in the case; the bytes are stored beside it under {@code documentId}, checked
 * against {@code sha256}.
 *
 * @param order position among the enclosures (lower first)
 * @param excluded kept with the case but left out of the packet
 * @param pages the page count found when it was added (a PDF's pages; 1 for an image)
 */
public record Enclosure(
        String id,
        String title,
        String fileName,
        int order,
        boolean excluded,
        String sha256,
        long size,
        Optional<Integer> pages) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Enclosure {
        id = Text.require(id, "enclosure id");
        title = Text.require(title, "enclosure title");
        fileName = Text.require(fileName, "enclosure file name");
        sha256 = Text.require(sha256, "enclosure checksum").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "enclosure checksum must be 64 hexadecimal digits (SHA-256)");
        }
        if (size < 0) {
            throw new IllegalArgumentException("enclosure size cannot be negative");
        }
        pages = Text.opt(pages);
    }

    public boolean pdf() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public Enclosure withOrder(int o) {
        return new Enclosure(id, title, fileName, o, excluded, sha256, size, pages);
    }

    public Enclosure withExcluded(boolean x) {
        return new Enclosure(id, title, fileName, order, x, sha256, size, pages);
    }

    public Enclosure withTitle(String t) {
        return new Enclosure(id, t, fileName, order, excluded, sha256, size, pages);
    }
}
