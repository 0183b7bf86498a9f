package org.overturn.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.overturn.domain.casefile.CaseFile;

/**
 * The realistic sample cases shipped with the app (fictional people), for a first look and for
 * tests.
 */
public final class SampleCases {

    /** One shipped sample: its resource and a short description. */
    public record Sample(String resource, String titleKey) {}

    public static final List<Sample> ALL =
            List.of(
                    new Sample("mh-iop-concurrent-erisa.json", "sample.mh"),
                    new Sample("sud-iop-preservice-medicaid.json", "sample.sud"),
                    new Sample("mh-iop-concurrent-medicaid-ffs.json", "sample.ffs"),
                    new Sample("mh-iop-erisa-external-review.json", "sample.external"),
                    new Sample("mh-iop-concurrent-erisa-insured.json", "sample.insured"));

    private final CoreServices core;

    public SampleCases(CoreServices core) {
        this.core = core;
    }

    public static String text(Sample s) {
        try (InputStream in =
                SampleCases.class.getResourceAsStream("/org/overturn/samples/" + s.resource())) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + s.resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the sample as a new case and returns it, checked as any imported file is (format and
     * the date rules); its text's checksum is not recorded, so a sample can be opened afresh as
     * often as wanted.
     */
    public CaseFile importSample(Sample s) {
        try {
            InputFiles.CaseRead read =
                    InputFiles.checkCase(
                            text(s), "sample " + s.resource(), LocalDateTime.now(core.clock()));
            return core.importer().importCase(read.imported());
        } catch (InputFiles.Refused e) {
            throw new IllegalStateException(
                    "shipped sample " + s.resource() + " is invalid: " + e.getMessage(), e);
        }
    }
}
