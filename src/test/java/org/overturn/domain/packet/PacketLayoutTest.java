package org.overturn.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PacketLayoutTest {

    @Test
    void aPartAddedByALaterVersionTakesItsNaturalPlaceInAStoredOrder() {
        PacketLayout stored =
                new PacketLayout(
                        List.of(
                                GeneratedPart.COVER,
                                GeneratedPart.LETTER,
                                GeneratedPart.SCORES,
                                GeneratedPart.REBUTTAL,
                                GeneratedPart.HISTORY,
                                GeneratedPart.INDEX),
                        List.of());

        assertThat(stored.order())
                .containsExactly(
                        GeneratedPart.COVER,
                        GeneratedPart.LETTER,
                        GeneratedPart.SCORES,
                        GeneratedPart.REBUTTAL,
                        GeneratedPart.HISTORY,
                        GeneratedPart.CALLS,
                        GeneratedPart.INDEX);
    }

    @Test
    void theClinicianOrderOfTheListedPartsIsKeptAndEveryPartIsThere() {
        PacketLayout moved =
                new PacketLayout(
                        List.of(GeneratedPart.INDEX, GeneratedPart.COVER, GeneratedPart.LETTER),
                        List.of());

        assertThat(moved.order())
                .hasSize(GeneratedPart.values().length)
                .doesNotHaveDuplicates()
                .containsSubsequence(
                        GeneratedPart.INDEX, GeneratedPart.COVER, GeneratedPart.LETTER);
    }
}
