package org.overturn.export.packet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.security.Checksums;
import org.overturn.export.pdf.PdfAssert;
import org.overturn.persistence.json.ImportedCase;

/**
 * Exports the packet of the full mental-health sample with 100 enclosed pages (four 25-page PDFs),
 * after warm-up, and prints the median and worst time. A benchmark to run by hand, not a timed
 * test: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.overturn.export.packet.PacketBenchmark} (an argument sets the measured
 * runs).
 */
public final class PacketBenchmark {

    private static final int WARM_UP = 30;

    private PacketBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        ImportedCase ic = PacketFixtures.sample(PacketFixtures.MH);
        PacketFixtures.MemorySource source = new PacketFixtures.MemorySource();
        CaseFile c = ic.caseFile();
        for (int i = 1; i <= 4; i++) {
            byte[] pdf = PdfAssert.pdf("Record " + i, 25);
            source.bytes.put("e" + i, pdf);
            c =
                    c.withPacket(
                            c.packet()
                                    .withEnclosureAdded(
                                            new Enclosure(
                                                    "e" + i,
                                                    "Records part " + i,
                                                    "r" + i + ".pdf",
                                                    0,
                                                    false,
                                                    Checksums.sha256(pdf),
                                                    pdf.length,
                                                    Optional.of(25))));
        }
        PacketExporter exporter = new PacketExporter(PacketFixtures.inputs(c, ic.payer(), source));
        // Enough warm-up for the compilers to settle: with five, the median moved by half from one
        // run of the benchmark to the next.
        for (int i = 0; i < WARM_UP; i++) {
            exporter.render(PacketProgress.NONE);
        }
        List<Long> ms = new ArrayList<>();
        int pages = 0;
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] out = exporter.render(PacketProgress.NONE);
            ms.add((System.nanoTime() - t0) / 1_000_000);
            pages = exporter.pages();
            size = out.length;
        }
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "packet of %d pages (100 enclosed), %d KB: median %d ms, best %d ms, worst %d ms over %d runs%n",
                pages,
                size / 1024,
                sorted[sorted.length / 2],
                sorted[0],
                sorted[sorted.length - 1],
                runs);
        System.out.println("all runs (ms): " + Arrays.toString(sorted));
    }
}
