package org.overturn.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.overturn.files.DurableFiles;

/**
 * Writes a whole file or nothing, through {@link DurableFiles}: the bytes go to a hidden {@code
 * .NAME-*.part} beside the target, are forced to the disk, and the part is renamed over the target,
 * whose folder is then forced too. A target that is a link, a device, a pipe or a folder is
 * refused.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** Why the target can't be written, in one line, or empty when it can. */
    public static Optional<String> problem(Path target) {
        return DurableFiles.problem(target);
    }

    /**
     * Writes {@code bytes} to {@code target} as described above.
     *
     * @throws IOException with a one-line message when the target is refused or the disk fails
     */
    public static void write(byte[] bytes, Path target) throws IOException {
        DurableFiles.write(target, false, out -> out.write(bytes));
    }
}
