package org.overturn.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.overturn.domain.scoring.DimensionDefinition;
import org.overturn.domain.scoring.Instrument;
import org.overturn.domain.scoring.InstrumentDefinition;

class InstrumentLoaderTest {

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void shippedFileHasTheEngineDimensionIdsInOrder(Instrument instrument) {
        InstrumentDefinition d = InstrumentLoader.loadBuiltIn(instrument);
        assertThat(d.ratedDimensions())
                .extracting(DimensionDefinition::id)
                .containsExactlyElementsOf(instrument.dimensionIds());
        assertThat(d.version()).isEqualTo(instrument.currentVersion());
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyDimensionHasADescribedChoiceForEveryRatingOfTheScale(Instrument instrument) {
        for (DimensionDefinition dim : InstrumentLoader.loadBuiltIn(instrument).ratedDimensions()) {
            assertThat(dim.scaleMin()).isEqualTo(instrument.scaleMin());
            assertThat(dim.scaleMax()).isEqualTo(instrument.scaleMax());
            for (int v = instrument.scaleMin(); v <= instrument.scaleMax(); v++) {
                assertThat(dim.choice(String.valueOf(v)))
                        .as(dim.id() + " rating " + v)
                        .hasValueSatisfying(c -> assertThat(c.description()).isNotBlank());
            }
            assertThat(dim.prompt()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void saysTheTextIsOurOwnParaphraseAndCarriesALicenceNotice(Instrument instrument) {
        InstrumentDefinition d = InstrumentLoader.loadBuiltIn(instrument);
        assertThat(d.textSource()).contains("own words");
        assertThat(d.notice()).containsIgnoringCase("copyright");
    }

    @Test
    void asamFileUsesThirdEditionNames() {
        InstrumentDefinition d = InstrumentLoader.loadBuiltIn(Instrument.ASAM);
        assertThat(d.dimension("asam.4").orElseThrow().name()).isEqualTo("Readiness to Change");
        assertThat(d.dimension("asam.6").orElseThrow().name())
                .isEqualTo("Recovery/Living Environment");
    }

    @Test
    void loadsALicensedProgramsOwnFileWithSymbolicSubdimensions(@TempDir Path dir)
            throws Exception {
        Path f = dir.resolve("asam-4.json");
        Files.writeString(
                f,
                """
            {"instrument":"asam","version":"4th edition","name":"Licensed","textSource":"Licensed anchor text",
             "notice":"","dimensions":[{"id":"asam4.1","code":"1","shortName":"D1","name":"Dimension one",
               "scaleMin":0,"scaleMax":0,"choices":[],"subdimensions":[
                 {"id":"asam4.1.a","code":"1a","shortName":"D1a","name":"Sub a","scaleMin":0,"scaleMax":0,
                  "choices":[{"value":"ANY","label":"any"},{"value":"EVAL","label":"evaluate"}]}]}]}
            """);
        InstrumentDefinition d = InstrumentLoader.load(f);
        assertThat(d.ratedDimensions())
                .extracting(DimensionDefinition::id)
                .containsExactly("asam4.1.a");
        assertThat(d.ratedDimensions().get(0).choices().get(0).numeric()).isFalse();
    }

    @Test
    void refusesAFileWithAMissingRatingAndNamesIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(
                f,
                """
            {"instrument":"locus","version":"x","name":"Bad","dimensions":[{"id":"locus.I","code":"I",
              "shortName":"Risk","name":"Risk","scaleMin":1,"scaleMax":3,
              "choices":[{"value":"1","label":"a"},{"value":"3","label":"c"}]}]}
            """);
        assertThatThrownBy(() -> InstrumentLoader.load(f))
                .hasMessageContaining("bad.json")
                .hasMessageContaining("locus.I has no choice for rating 2");
    }
}
