package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.scoring.AsamEdition;
import org.overturn.domain.scoring.Assessment;
import org.overturn.domain.scoring.DimensionRating;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.measures.Measure;
import org.overturn.domain.scoring.measures.MeasureEntry;

/**
 * The scoring records survive the case JSON's Jackson setup unchanged, with enums written by id.
 */
class ScoringJsonRoundTripTest {

    private final ObjectMapper m =
            new ObjectMapper()
                    .registerModule(new Jdk8Module())
                    .registerModule(new JavaTimeModule())
                    .registerModule(new HasIdModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void assessmentRoundTripsWithIdsAndOnlyItsComponents() throws Exception {
        Assessment a =
                new Assessment(
                        "a1",
                        Instrument.ASAM,
                        "",
                        LocalDate.of(2025, 1, 2),
                        "Dr. K",
                        List.of(
                                DimensionRating.of(
                                        "asam.1",
                                        0,
                                        "no withdrawal signs",
                                        LocalDate.of(2025, 1, 1))),
                        Optional.of("2.1"),
                        "Needs structure",
                        Optional.empty(),
                        false,
                        false,
                        Optional.of(AsamEdition.FOURTH),
                        "");
        String json = m.writeValueAsString(a);
        assertThat(json)
                .contains("\"instrument\":\"asam\"")
                .contains("\"insurerAsamEdition\":\"fourth\"")
                .doesNotContain("unrated")
                .doesNotContain("number");
        assertThat(m.readValue(json, Assessment.class)).isEqualTo(a);
    }

    @Test
    void measureEntryRoundTrips() throws Exception {
        MeasureEntry e =
                MeasureEntry.ofItems(
                        Measure.PHQ_9,
                        LocalDate.of(2025, 1, 2),
                        List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        String json = m.writeValueAsString(e);
        assertThat(json).contains("\"measure\":\"phq-9\"");
        assertThat(m.readValue(json, MeasureEntry.class)).isEqualTo(e);
    }
}
