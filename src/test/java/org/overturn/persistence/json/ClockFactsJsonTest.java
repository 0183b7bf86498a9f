package org.overturn.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.DisclosureKind;
import org.overturn.domain.deadlines.DisclosureRequest;
import org.overturn.domain.deadlines.PeerToPeerWindow;

/** The clock's records go into the case JSON as they are, with the case codec's settings. */
class ClockFactsJsonTest {

    private final ObjectMapper mapper =
            new ObjectMapper()
                    .registerModule(new Jdk8Module())
                    .registerModule(new JavaTimeModule())
                    .registerModule(new HasIdModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void clockFactsRoundTripWithOnlyTheirOwnFields() throws Exception {
        ClockFacts f =
                ClockFacts.none()
                        .withAppealFiled(
                                LocalDate.of(2026, 3, 20), Optional.of(LocalTime.of(16, 30)))
                        .withLastCoveredDay(LocalDate.of(2026, 3, 9))
                        .withP2pWindow(PeerToPeerWindow.hours(24));
        String json = mapper.writeValueAsString(f);
        assertThat(json)
                .contains("\"appealFiled\":\"2026-03-20\"", "\"appealFiledTime\":\"16:30:00\"");
        assertThat(mapper.readValue(json, ClockFacts.class)).isEqualTo(f);
    }

    @Test
    void anOlderFileWithoutClockFieldsReadsAsNoFacts() throws Exception {
        assertThat(mapper.readValue("{}", ClockFacts.class)).isEqualTo(ClockFacts.none());
    }

    @Test
    void disclosureRequestsRoundTrip() throws Exception {
        DisclosureRequest r =
                DisclosureRequest.draft(
                        DisclosureKind.CRITERIA,
                        PlanType.ERISA_INSURED,
                        LocalDate.of(2026, 3, 2),
                        Optional.of(LocalDate.of(2026, 3, 16)));
        String json = mapper.writeValueAsString(r);
        assertThat(json).contains("\"kind\":\"criteria\"");
        assertThat(mapper.readValue(json, DisclosureRequest.class)).isEqualTo(r);
    }
}
