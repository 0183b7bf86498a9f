package org.overturn.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import org.overturn.export.pdf.PdfFiles;

/**
 * A child process for {@link KillLoopTest}: writes a finished packet to its target over and over
 * through the writer every export uses, until it is killed, so that kills land while a file is
 * being written and renamed. A line {@code @write} comes before each write.
 *
 * <p>Arguments: the packet to write, where to write it.
 */
public final class WriteLoop {

    private WriteLoop() {}

    public static void main(String[] args) throws Exception {
        byte[] packet = Files.readAllBytes(Path.of(args[0]));
        Path target = Path.of(args[1]);
        System.out.println("@start");
        for (int i = 0; ; i++) {
            System.out.println("@write");
            PdfFiles.writeAtomically(packet, target);
            System.out.println("@done " + i);
        }
    }
}
