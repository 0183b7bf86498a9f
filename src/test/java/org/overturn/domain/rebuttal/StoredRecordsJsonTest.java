package org.overturn.domain.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.AdmissionSubReason;
import org.overturn.domain.cases.DenialReason;
import org.overturn.domain.parity.FundingType;
import org.overturn.domain.parity.ParityFacts;

/**
 * The records a case stores survive a JSON round trip with no extra properties (no derived
 * getters).
 */
class StoredRecordsJsonTest {

    private final ObjectMapper json =
            new ObjectMapper()
                    .registerModule(new Jdk8Module())
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return json.readValue(json.writeValueAsString(value), type);
    }

    @Test
    void clinicalPictureRoundTrips() throws Exception {
        ClinicalPicture p =
                new ClinicalPicture(
                        List.of(Diagnosis.substanceUse("F11.20", "Opioid use disorder", 7)),
                        List.of(
                                new TreatmentEpisode(
                                        "e1",
                                        CareSetting.OUTPATIENT_THERAPY,
                                        Optional.of(LocalDate.of(2026, 1, 5)),
                                        Optional.of(LocalDate.of(2026, 3, 1)),
                                        EpisodeOutcome.RELAPSED,
                                        "relapse",
                                        "Dr. A",
                                        "")),
                        Optional.of(
                                new RiskAssessment(
                                        Optional.of(LocalDate.of(2026, 11, 1)),
                                        RiskLevel.HIGH,
                                        RiskLevel.LOW,
                                        RiskLevel.NONE,
                                        RiskLevel.HIGH,
                                        "recent overdose",
                                        "sister",
                                        "Dr. B")),
                        "likely relapse and overdose",
                        List.of(DocumentItem.LETTERS_OF_SUPPORT));
        assertThat(roundTrip(p, ClinicalPicture.class)).isEqualTo(p);
    }

    @Test
    void mappingRowAndParityFactsRoundTrip() throws Exception {
        StatementMapping m =
                new StatementMapping(
                        new Statement("s1", "No imminent risk."),
                        List.of("no-imminent-risk"),
                        DenialReason.ADMISSION_CRITERIA_NOT_MET,
                        Optional.of(AdmissionSubReason.NO_IMMINENT_RISK),
                        List.of("locus.I"),
                        List.of("gas-underlying-condition"),
                        "",
                        true);
        assertThat(roundTrip(m, StatementMapping.class)).isEqualTo(m);
        RebuttalRow r =
                new RebuttalRow(
                        "r-s1",
                        "No imminent risk.",
                        Optional.of("s1"),
                        List.of("locus.I"),
                        "low risk",
                        "gap",
                        "answer",
                        "suggestion");
        assertThat(roundTrip(r, RebuttalRow.class)).isEqualTo(r);
        ParityFacts f =
                new ParityFacts(
                        FundingType.SELF_FUNDED,
                        Optional.of(800),
                        Optional.of(false),
                        Optional.empty(),
                        Optional.of(false),
                        Optional.of(2),
                        Optional.of(LocalDate.of(2026, 1, 1)));
        assertThat(roundTrip(f, ParityFacts.class)).isEqualTo(f);
    }
}
