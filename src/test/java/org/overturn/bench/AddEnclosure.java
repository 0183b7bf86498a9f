package org.overturn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.overturn.core.AppPaths;
import org.overturn.core.CoreServices;
import org.overturn.core.PacketService;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.export.pdf.PdfAssert;

/**
 * For bench/compare.sh (issue 15): writes a PDF of N plain pages and encloses it in a stored case,
 * as the Letters and packet screen does, so the command line's "export packet" can be timed with a
 * large enclosure.
 *
 * <pre>AddEnclosure DATA-FOLDER CASE-ID PAGES</pre>
 */
public final class AddEnclosure {

    private AddEnclosure() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        int pages = Integer.parseInt(args[2]);
        Path pdf = Files.createTempFile("records-", ".pdf");
        Files.write(pdf, PdfAssert.pdf("Records", pages));
        CoreServices core =
                CoreServices.open(AppPaths.resolve(Optional.of(data)), Clock.systemDefaultZone());
        try {
            CaseFile c = core.cases().find(id).orElseThrow();
            CaseFile with = new PacketService(core).addEnclosure(c, pdf, "Medical records");
            core.cases().update(with);
            System.out.println("enclosed " + pages + " pages in case " + id);
        } finally {
            core.close();
            Files.deleteIfExists(pdf);
        }
    }
}
