package org.overturn.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HasIdTest {

    @Test
    void planTypeIdsAreExactlyThoseTheIssueLists() {
        assertThat(Arrays.stream(PlanType.values()).map(PlanType::id))
                .containsExactly(
                        "erisa-self-funded",
                        "erisa-insured",
                        "individual",
                        "medicaid-mco",
                        "medicaid-ffs",
                        "medicare-advantage",
                        "medicare-original",
                        "fehb",
                        "tricare",
                        "government-nonfederal",
                        "other");
    }

    @Test
    void levelsOfCareCoverTheIssuesList() {
        assertThat(LevelOfCare.values()).hasSize(8);
        assertThat(CriteriaSet.values())
                .extracting(CriteriaSet::label)
                .contains("InterQual", "MCG", "LOCUS", "CALOCUS-CASII");
        assertThat(CriteriaSet.values()).hasSize(7);
        assertThat(ReceiptMethod.values())
                .extracting(ReceiptMethod::id)
                .containsExactly("letter", "phone", "fax", "portal");
        assertThat(DenialType.values())
                .extracting(DenialType::id)
                .containsExactly("pre-service", "concurrent", "post-service");
    }

    @Test
    void fromIdFindsAConstantByItsId() {
        assertThat(HasId.fromId(PlanType.class, "medicaid-mco")).isEqualTo(PlanType.MEDICAID_MCO);
        assertThat(HasId.fromId(PlanType.class, " fehb ")).isEqualTo(PlanType.FEHB);
    }

    @Test
    void fromIdRefusesAnUnknownIdListingTheValidOnes() {
        assertThatThrownBy(() -> HasId.fromId(PlanType.class, "ERISA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown plan type 'ERISA' (expected one of: erisa-self-funded, erisa-insured, individual, "
                                + "medicaid-mco, medicaid-ffs, medicare-advantage, medicare-original, fehb, tricare, "
                                + "government-nonfederal, other)");
        assertThatThrownBy(() -> HasId.fromId(LevelOfCare.class, null))
                .hasMessageStartingWith("unknown level of care 'null'");
    }

    static Stream<Class<? extends Enum<?>>> idEnums() {
        return Stream.of(
                AdmissionSubReason.class,
                CaseStatus.class,
                CriteriaSet.class,
                DenialReason.class,
                DenialType.class,
                EventKind.class,
                LevelOfCare.class,
                PlanType.class,
                ReceiptMethod.class,
                UnitKind.class);
    }

    @ParameterizedTest
    @MethodSource("idEnums")
    void everyIdIsUniqueLowerCaseKebabAndHasALabel(Class<? extends Enum<?>> type) {
        List<HasId> constants =
                Arrays.stream(type.getEnumConstants()).map(HasId.class::cast).toList();

        assertThat(constants)
                .extracting(HasId::id)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(constants).extracting(HasId::label).allSatisfy(l -> assertThat(l).isNotBlank());
    }

    @Test
    void denialReasonsIncludeTheFivePlusOtherAndAdmissionHasSubReasons() {
        assertThat(DenialReason.values()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(AdmissionSubReason.values()).isNotEmpty();
    }
}
