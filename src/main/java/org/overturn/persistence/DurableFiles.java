package org.overturn.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Making a rename survive a power cut: the folder that holds the renamed file is forced to the disk too. */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Forces the folder's entries to the disk. Where folders can't be opened as files (Windows, whose file system
     * records the rename with the file itself), there is nothing to force and nothing is done; elsewhere a failure
     * is reported, not hidden.
     */
    public static void forceFolder(Path dir) throws IOException {
        if (!OwnerOnly.posix()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }
}
