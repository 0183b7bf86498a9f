package org.overturn.export.packet;

import java.util.List;
import org.overturn.domain.readiness.Problem;
import org.overturn.export.pdf.PdfExportException;

/**
 * The packet was refused because something blocks it; each blocking problem names what is missing.
 */
public final class PacketNotReadyException extends PdfExportException {

    private final transient List<Problem> problems;

    public PacketNotReadyException(List<Problem> problems) {
        super(
                String.join(
                        "\n",
                        problems.stream().filter(Problem::blocks).map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, the warnings too. */
    public List<Problem> problems() {
        return problems;
    }
}
