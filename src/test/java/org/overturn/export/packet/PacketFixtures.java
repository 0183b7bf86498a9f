package org.overturn.export.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.overturn.domain.casefile.CaseFile;
import org.overturn.domain.cases.Payer;
import org.overturn.domain.citations.CitationLibrary;
import org.overturn.domain.packet.Clinician;
import org.overturn.domain.packet.Enclosure;
import org.overturn.domain.packet.PracticeProfile;
import org.overturn.domain.parity.StateCriteriaLookup;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;
import org.overturn.persistence.CitationLoader;
import org.overturn.persistence.InstrumentLoader;
import org.overturn.persistence.RebuttalDataLoader;
import org.overturn.persistence.json.CaseFormatException;
import org.overturn.persistence.json.CaseJson;
import org.overturn.persistence.json.ImportedCase;

/**
 * The sample cases, a practice profile and the shipped data, for packet tests and the benchmark.
 */
public final class PacketFixtures {

    public static final String MH = "mh-iop-concurrent-erisa.json";
    public static final String SUD = "sud-iop-preservice-medicaid.json";
    public static final String FFS = "mh-iop-concurrent-medicaid-ffs.json";
    public static final ZonedDateTime NOW =
            ZonedDateTime.of(
                    LocalDate.of(2026, 11, 24), LocalTime.of(10, 0), ZoneId.of("America/Chicago"));

    private static final CitationLibrary LIBRARY = CitationLoader.loadBuiltIn();
    private static final StateCriteriaLookup STATE_RULES =
            RebuttalDataLoader.loadStateCriteriaLookup();
    private static final Map<Instrument, InstrumentDefinition> INSTRUMENTS =
            new EnumMap<>(Instrument.class);

    static {
        for (Instrument i : Instrument.values()) {
            INSTRUMENTS.put(i, InstrumentLoader.loadBuiltIn(i));
        }
    }

    private PacketFixtures() {}

    public static ImportedCase sample(String name) {
        try (InputStream in =
                PacketFixtures.class.getResourceAsStream("/org/overturn/samples/" + name)) {
            return new CaseJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PracticeProfile profile() {
        return new PracticeProfile(
                "Harborview Behavioral Health IOP",
                "1200 Bayfront Avenue, Suite 300\nSan Mateo, CA 94401",
                "(650) 555-0112",
                "(650) 555-0113",
                List.of(signer()),
                Optional.empty(),
                Optional.empty());
    }

    /** The practice's physician who signs the fixtures' letters. */
    public static Clinician signer() {
        return new Clinician(
                "Maya Lindqvist", "MD", true, "1234567893", "(650) 555-0112", "(650) 555-0113", "");
    }

    public static CitationLibrary library() {
        return LIBRARY;
    }

    public static StateCriteriaLookup stateRules() {
        return STATE_RULES;
    }

    public static Map<Instrument, InstrumentDefinition> instruments() {
        return INSTRUMENTS;
    }

    /** Bytes by enclosure id, served as the document store would. */
    public static final class MemorySource implements EnclosureSource {
        public final Map<String, byte[]> bytes = new HashMap<>();

        @Override
        public byte[] bytes(Enclosure e) throws IOException {
            byte[] b = bytes.get(e.id());
            if (b == null) {
                throw new IOException("no stored document for " + e.fileName());
            }
            return b;
        }
    }

    public static PacketInputs inputs(CaseFile c, Optional<Payer> payer, EnclosureSource source) {
        return new PacketInputs(
                c, payer, profile(), LIBRARY, STATE_RULES, INSTRUMENTS, source, NOW);
    }
}
