package org.overturn.export.packet;

import java.io.IOException;
import org.overturn.domain.packet.Enclosure;

/** Where an enclosure's bytes come from (the case's document store, or files in tests). */
@FunctionalInterface
public interface EnclosureSource {

    /**
     * The enclosure's bytes, checked against its checksum; an IOException names what went wrong.
     */
    byte[] bytes(Enclosure e) throws IOException;
}
