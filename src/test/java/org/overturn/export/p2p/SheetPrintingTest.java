package org.overturn.export.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.overturn.core.PrepSheetExport;
import org.overturn.core.ReferenceData;
import org.overturn.export.packet.PacketFixtures;
import org.overturn.persistence.json.ImportedCase;

class SheetPrintingTest {

    @TempDir Path dir;

    /** A printer that records what it was handed. */
    static final class FakePrinter implements SheetPrinting.Printer {
        boolean installed = true;
        boolean confirm = true;
        boolean headless;
        Pageable shown;
        String job;
        int printed;

        @Override
        public boolean available() {
            return installed;
        }

        @Override
        public boolean dialog(Pageable document, String jobName) {
            if (headless) {
                throw new HeadlessException();
            }
            shown = document;
            job = jobName;
            return confirm;
        }

        @Override
        public void print() {
            printed++;
        }
    }

    private Path sheet() throws Exception {
        ImportedCase sample = PacketFixtures.sample(PacketFixtures.MH);
        Path f = dir.resolve("sheet.pdf");
        new PrepSheetExport(new ReferenceData(), c -> sample.payer())
                .export(sample.caseFile(), f, PacketFixtures.NOW);
        return f;
    }

    private static BufferedImage draw(Printable p, PageFormat format) throws Exception {
        BufferedImage img =
                new BufferedImage(
                        (int) format.getWidth(),
                        (int) format.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        assertThat(p.print(g, format, 0)).isEqualTo(Printable.PAGE_EXISTS);
        g.dispose();
        return img;
    }

    @Test
    void thePrinterGetsThePagesOfTheSavedFileItself() throws Exception {
        Path f = sheet();
        FakePrinter printer = new FakePrinter();

        assertThat(SheetPrinting.print(f, printer)).isEqualTo(SheetPrinting.Outcome.PRINTED);

        assertThat(printer.printed).isEqualTo(1);
        assertThat(printer.job).isEqualTo("Peer-to-peer prep: Daniela Reyes-Whitford");
        try (PDDocument saved = Loader.loadPDF(f.toFile());
                SheetPrinting.Opened again = SheetPrinting.open(f)) {
            assertThat(printer.shown.getNumberOfPages())
                    .isEqualTo(saved.getNumberOfPages())
                    .isEqualTo(1);
            PageFormat format = again.pageable().getPageFormat(0);
            assertThat(format.getWidth()).isEqualTo(612.0);
            assertThat(format.getHeight()).isEqualTo(792.0);
            // What the printer draws is the saved page: the same pixels as the file rendered on its
            // own.
            BufferedImage printed = draw(again.pageable().getPrintable(0), format);
            BufferedImage file = new PDFRenderer(saved).renderImage(0, 1f);
            int differ = 0;
            int ink = 0;
            for (int y = 0; y < Math.min(printed.getHeight(), file.getHeight()); y++) {
                for (int x = 0; x < Math.min(printed.getWidth(), file.getWidth()); x++) {
                    int a = printed.getRGB(x, y) & 0xFFFFFF;
                    if (a != 0xFFFFFF) {
                        ink++;
                    }
                    if (Math.abs((a & 0xFF) - (file.getRGB(x, y) & 0xFF)) > 64) {
                        differ++;
                    }
                }
            }
            assertThat(ink).isGreaterThan(10_000);
            assertThat(differ).isLessThan(ink / 50);
        }
    }

    @Test
    void aCancelledDialogPrintsNothing() throws Exception {
        FakePrinter printer = new FakePrinter();
        printer.confirm = false;

        assertThat(SheetPrinting.print(sheet(), printer))
                .isEqualTo(SheetPrinting.Outcome.CANCELLED);
        assertThat(printer.printed).isZero();
    }

    @Test
    void noPrinterIsAClearErrorBeforeAnyDialog() throws Exception {
        FakePrinter printer = new FakePrinter();
        printer.installed = false;

        assertThatThrownBy(() -> SheetPrinting.print(sheet(), printer))
                .isInstanceOf(SheetPrinting.PrintFailure.class)
                .hasMessageContaining("No printer is set up");
        assertThat(printer.shown).isNull();
    }

    @Test
    void withoutADisplayTheDialogFailureSaysSo() throws Exception {
        FakePrinter printer = new FakePrinter();
        printer.headless = true;

        assertThatThrownBy(() -> SheetPrinting.print(sheet(), printer))
                .isInstanceOf(SheetPrinting.PrintFailure.class)
                .hasMessageContaining("no display");
        assertThat(printer.printed).isZero();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWithAMessage() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.pdf"), "not a pdf");

        assertThatThrownBy(() -> SheetPrinting.print(f, new FakePrinter()))
                .isInstanceOf(SheetPrinting.PrintFailure.class)
                .hasMessageContaining("could not be read");
    }
}
