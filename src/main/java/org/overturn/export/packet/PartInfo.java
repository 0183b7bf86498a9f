package org.overturn.export.packet;

import java.util.Optional;

/**
 * One part of the packet as the preview lists it.
 *
 * @param id "cover", "part2-notice", "letter", "scores", …, or "enclosure:ID"
 * @param pages its page count (0 when it cannot be added)
 * @param problem why it cannot be added, for a broken or protected enclosure
 */
public record PartInfo(String id, String title, int pages, Optional<String> problem) {}
