package org.overturn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TypeAheadTest {

    private static final List<String> STATES =
            List.of(
                    "Nebraska",
                    "Nevada",
                    "New Hampshire",
                    "New Jersey",
                    "New Mexico",
                    "New York",
                    "North Carolina",
                    "Oregon",
                    "Pennsylvania");

    private static Optional<Integer> find(String typed, int selected) {
        return TypeAhead.find(STATES, Function.identity(), typed, selected);
    }

    @Test
    void lettersTypedTogetherNarrowToTheFirstEntryStartingWithThem() {
        assertThat(find("ne", -1)).contains(0);
        assertThat(find("new", -1)).contains(2);
        assertThat(find("new y", -1)).contains(5);
        assertThat(find("NEW J", -1)).contains(3);
    }

    @Test
    void aWordInsideTheLabelIsFoundWhenNoLabelStartsWithIt() {
        assertThat(find("york", -1)).contains(5);
        assertThat(find("caro", -1)).contains(6);
        assertThat(find("zz", -1)).isEmpty();
        List<String> coded = List.of("Not set", "NJ · New Jersey", "NY · New York");
        assertThat(TypeAhead.find(coded, Function.identity(), "new y", -1)).contains(2);
        assertThat(TypeAhead.find(coded, Function.identity(), "ny", -1)).contains(2);
    }

    @Test
    void oneLetterAgainMovesToTheNextEntryStartingWithItAndWrapsAround() {
        assertThat(find("n", -1)).contains(0);
        assertThat(find("n", 0)).contains(1);
        assertThat(find("nn", 1)).contains(2);
        assertThat(find("n", 6)).contains(0);
        assertThat(find("o", 3)).contains(7);
    }

    @Test
    void accentsAreIgnored() {
        assertThat(TypeAhead.find(List.of("Ångström", "Québec"), Function.identity(), "que", -1))
                .contains(1);
        assertThat(TypeAhead.find(List.of("Ångström", "Québec"), Function.identity(), "ang", -1))
                .contains(0);
    }

    @Test
    void lettersTypedMoreThanASecondApartStartANewSearch() {
        TypeAhead.Search s = new TypeAhead.Search();
        assertThat(s.next("n", 5_000_000_000L)).isEqualTo("n");
        assertThat(s.next("e", 5_500_000_000L)).isEqualTo("ne");
        assertThat(s.active(6_000_000_000L)).isTrue();
        assertThat(s.next("o", 7_000_000_000L)).isEqualTo("o");
        assertThat(s.active(8_100_000_000L)).isFalse();
    }
}
