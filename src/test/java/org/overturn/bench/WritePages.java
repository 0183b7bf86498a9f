package org.overturn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.overturn.export.pdf.PdfAssert;

/** For bench/compare.sh: writes a PDF of N plain pages (the same pages AddEnclosure encloses). */
public final class WritePages {

    private WritePages() {}

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), PdfAssert.pdf("Records", Integer.parseInt(args[1])));
    }
}
