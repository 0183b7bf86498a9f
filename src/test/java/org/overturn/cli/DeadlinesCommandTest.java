package org.overturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OverturnCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    private JsonNode byId(JsonNode root, String id) {
        for (JsonNode d : root.get("deadlines")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id + " missing in " + root);
    }

    @Test
    void printsTheErisaDeadlinesAsJsonWithIdLabelDueCitationAndBasis() throws Exception {
        int code =
                run(
                        "deadlines",
                        "--plan-type",
                        "erisa-self-funded",
                        "--denial-type",
                        "concurrent",
                        "--notice-date",
                        "2026-03-02",
                        "--appeal-filed",
                        "2026-03-20",
                        "--final-denial",
                        "2026-10-31",
                        "--json");
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode root = json();
        JsonNode appeal = byId(root, "appeal-file-by");
        assertThat(appeal.get("due").asText()).isEqualTo("2026-08-29");
        assertThat(appeal.get("citation").asText()).isEqualTo("erisa-appeal-filing-180-days");
        assertThat(appeal.get("label").asText()).isNotBlank();
        assertThat(appeal.get("basis").asText()).contains("180 days");
        assertThat(byId(root, "appeal-decision-due").get("due").asText()).isEqualTo("2026-04-19");
        // 31 October + 4 months: no 31 February, so 1 March 2027 (a Monday).
        assertThat(byId(root, "external-review-file-by").get("due").asText())
                .isEqualTo("2027-03-01");
    }

    @Test
    void countsFromTheReceivedDateWhenGivenAndFromTheNoticeDateOtherwise() throws Exception {
        run(
                "deadlines",
                "--plan-type",
                "medicare-advantage",
                "--denial-type",
                "pre-service",
                "--notice-date",
                "2026-03-02",
                "--received",
                "2026-03-04",
                "--json");
        assertThat(byId(json(), "appeal-file-by").get("due").asText()).isEqualTo("2026-05-03");
    }

    @Test
    void receivedAtGivesTheDayReceived() throws Exception {
        run(
                "deadlines",
                "--plan-type",
                "erisa-insured",
                "--denial-type",
                "pre-service",
                "--notice-date",
                "2026-03-02",
                "--received-at",
                "2026-02-27T16:45",
                "--urgent",
                "--json");
        assertThat(byId(json(), "appeal-file-by").get("due").asText()).isEqualTo("2026-08-26");
    }

    @Test
    void medicaidConcurrentDenialListsContinuedBenefits() throws Exception {
        run(
                "deadlines",
                "--plan-type",
                "medicaid-mco",
                "--denial-type",
                "concurrent",
                "--notice-date",
                "2026-03-02",
                "--json");
        JsonNode root = json();
        assertThat(byId(root, "continued-benefits-by").get("due").asText()).isEqualTo("2026-03-12");
        assertThat(byId(root, "appeal-file-by").get("due").asText()).isEqualTo("2026-05-01");
    }

    @Test
    void otherPlanTypePrintsNoDeadlinesAndTheReason() throws Exception {
        assertThat(
                        run(
                                "deadlines",
                                "--plan-type",
                                "other",
                                "--denial-type",
                                "pre-service",
                                "--notice-date",
                                "2026-03-02",
                                "--json"))
                .isZero();
        assertThat(json().get("deadlines")).isEmpty();
        assertThat(json().get("reason").asText()).contains("other");
    }

    @Test
    void withoutJsonPrintsAReadableTable() {
        assertThat(
                        run(
                                "deadlines",
                                "--plan-type",
                                "tricare",
                                "--denial-type",
                                "pre-service",
                                "--notice-date",
                                "2026-03-02"))
                .isZero();
        assertThat(out.toString())
                .contains("DUE", "appeal-file-by", "2026-05-31", "tricare-reconsideration-90-days")
                .contains("peer-to-peer call pauses none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown plan type|--plan-type,nope,--denial-type,pre-service,--notice-date,2026-03-02|unknown plan type 'nope'",
                "impossible date|--plan-type,fehb,--denial-type,pre-service,--notice-date,2026-02-30|--notice-date: '2026-02-30' is not a valid date",
                "unknown denial type|--plan-type,fehb,--denial-type,later,--notice-date,2026-03-02|unknown denial type 'later'",
                "bad time|--plan-type,fehb,--denial-type,pre-service,--notice-date,2026-03-02,--received-at,2026-03-02T25:00|--received-at",
                "appeal before denial|--plan-type,fehb,--denial-type,pre-service,--notice-date,2026-03-02,--appeal-filed,2026-01-01|before the denial",
                "missing notice date|--plan-type,fehb,--denial-type,pre-service|--notice-date",
                "urgent claim|--plan-type,erisa-insured,--denial-type,post-service,--urgent,--notice-date,2026-03-02|cannot be urgent",
                "urgent MA claim|--plan-type,medicare-advantage,--denial-type,post-service,--urgent,--notice-date,2026-03-02|cannot be urgent",
                "last covered before auth|--plan-type,erisa-insured,--denial-type,concurrent,--notice-date,2026-03-02,--auth-starts,2026-03-05,--last-covered,2026-03-04|authorization's first day",
                "auth ends before start|--plan-type,erisa-insured,--denial-type,concurrent,--notice-date,2026-03-02,--auth-starts,2026-03-05,--auth-ends,2026-03-04|before it starts",
                "level without date|--plan-type,fehb,--denial-type,pre-service,--notice-date,2026-03-02,--decision-level,external|--decision-level needs",
                "unknown level|--plan-type,fehb,--denial-type,pre-service,--notice-date,2026-03-02,--final-denial,2026-04-01,--decision-level,supreme|unknown decision level",
                "bad state|--plan-type,erisa-insured,--denial-type,pre-service,--notice-date,2026-03-02,--state,Cal|two-letter",
                "ffs window|--plan-type,medicaid-ffs,--denial-type,pre-service,--notice-date,2026-03-02,--state-hearing-days,120|at most 90 days",
            })
    void badInputExitsTwoWithOneLineOnStderr(String name, String args, String message) {
        String[] a = ("deadlines," + args).split(",");
        assertThat(run(a)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(message);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void aConcurrentCaseWhoseAuthorizationEndsTomorrowLeadsWithTheDatesThatKeepCareGoing()
            throws Exception {
        int code =
                run(
                        "deadlines",
                        "--plan-type",
                        "medicaid-mco",
                        "--denial-type",
                        "concurrent",
                        "--urgent",
                        "--notice-date",
                        "2026-03-02",
                        "--auth-starts",
                        "2026-02-01",
                        "--auth-ends",
                        "2026-03-31",
                        "--action-date",
                        "2026-03-09",
                        "--appeal-filed-at",
                        "2026-03-04T10:30",
                        "--json");
        assertThat(code).isZero();
        JsonNode root = json();
        assertThat(byId(root, "continued-benefits-by").get("due").asText()).isEqualTo("2026-03-12");
        assertThat(byId(root, "expedited-decision-due").get("due").asText())
                .isEqualTo("2026-03-07T10:30");
        assertThat(byId(root, "expedited-decision-due").get("ifMissed").asText())
                .contains("State fair hearing");
        assertThat(root.get("deadlines").get(0).get("id").asText())
                .isEqualTo("expedited-decision-due");
        assertThat(root.get("notes")).isNotEmpty();
    }

    @Test
    void theLadderAfterTheFinalDenialFollowsTheDecisionLevel() throws Exception {
        run(
                "deadlines",
                "--plan-type",
                "medicare-original",
                "--denial-type",
                "post-service",
                "--notice-date",
                "2026-03-02",
                "--final-denial",
                "2026-09-01",
                "--decision-level",
                "external",
                "--json");
        assertThat(byId(json(), "alj-hearing-file-by").get("due").asText()).isEqualTo("2026-10-31");
    }
}
