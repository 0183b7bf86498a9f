package org.overturn.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.CaseClock;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Coverage;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineId;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.domain.deadlines.DecisionLevel;
import org.overturn.domain.deadlines.Guarantee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code deadlines}: the case clock for one denial, from the command line. Needs no data folder.
 */
@Command(
        name = "deadlines",
        description =
                "Compute the appeal deadlines for a denial. Hour clocks use this "
                        + "computer's time zone.")
public final class DeadlinesCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
                    .withResolverStyle(ResolverStyle.STRICT);

    @Spec CommandSpec spec;

    @Option(
            names = "--plan-type",
            required = true,
            paramLabel = "TYPE",
            description = "Plan type id, e.g. erisa-self-funded.")
    String planType;

    @Option(
            names = "--denial-type",
            required = true,
            paramLabel = "TYPE",
            description = "pre-service, concurrent or post-service.")
    String denialType;

    @Option(
            names = "--notice-date",
            required = true,
            paramLabel = "YYYY-MM-DD",
            description = "The date on the notice.")
    String noticeDate;

    @Option(
            names = "--received",
            paramLabel = "YYYY-MM-DD",
            description = "The day the denial was received.")
    String received;

    @Option(
            names = "--received-at",
            paramLabel = "YYYY-MM-DDTHH:MM",
            description = "When the denial was received.")
    String receivedAt;

    @Option(names = "--urgent", description = "Urgent (expedited) care.")
    boolean urgent;

    @Option(
            names = "--appeal-filed",
            paramLabel = "YYYY-MM-DD",
            description = "The day the appeal was filed.")
    String appealFiled;

    @Option(
            names = "--appeal-filed-at",
            paramLabel = "YYYY-MM-DDTHH:MM",
            description = "When the appeal was filed, for hour clocks (implies --appeal-filed).")
    String appealFiledAt;

    @Option(
            names = "--final-denial",
            paramLabel = "YYYY-MM-DD",
            description =
                    "The date of the latest decision upholding the denial (the final internal denial unless "
                            + "--decision-level says otherwise).")
    String finalDenial;

    @Option(
            names = "--decision-level",
            paramLabel = "LEVEL",
            description =
                    "The level --final-denial was decided at: internal (default), external, hearing or council.")
    String decisionLevel;

    @Option(
            names = "--hearing-requested",
            paramLabel = "YYYY-MM-DD",
            description = "The day external review or the State fair hearing was requested.")
    String hearingRequested;

    @Option(
            names = "--auth-starts",
            paramLabel = "YYYY-MM-DD",
            description = "The first day of the approved care.")
    String authStarts;

    @Option(
            names = "--auth-ends",
            paramLabel = "YYYY-MM-DD",
            description = "The last day of the approved care.")
    String authEnds;

    @Option(
            names = "--last-covered",
            paramLabel = "YYYY-MM-DD",
            description = "The last day of care the plan still covers after this denial.")
    String lastCovered;

    @Option(
            names = "--action-date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "The date the notice says the ending or reduction takes effect (the date of action).")
    String actionDate;

    @Option(
            names = "--first-day-refused",
            paramLabel = "YYYY-MM-DD",
            description = "The first day of the care the denial refuses.")
    String firstDayRefused;

    @Option(
            names = "--state",
            paramLabel = "XX",
            description = "The state the plan is issued in (external review).")
    String state;

    @Option(
            names = "--extension-requested",
            paramLabel = "YYYY-MM-DDTHH:MM",
            description =
                    "Employer and ACA plans: when a request to extend urgent concurrent care was made.")
    String extensionRequested;

    @Option(
            names = "--plan-extended",
            description = "The plan took its 14-day extension of the appeal decision.")
    boolean planExtended;

    @Option(
            names = "--state-hearing-days",
            paramLabel = "DAYS",
            description = "Medicaid: the State's own fair hearing window in days, from the notice.")
    Integer stateHearingDays;

    @Option(
            names = "--suit-by",
            paramLabel = "YYYY-MM-DD",
            description = "The last day to sue under the plan documents' own limitation period.")
    String suitBy;

    @Option(names = "--json", description = "JSON only on stdout.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        DeadlineInput in = input();
        DeadlineSchedule s = DeadlineCalculator.inSystemZone().calculate(in);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(s, in.planType()));
        } else {
            table(s, in.planType(), out);
        }
        return ExitCodes.DONE;
    }

    DeadlineInput input() {
        PlanType plan =
                HasId.find(PlanType.class, planType)
                        .orElseThrow(
                                () ->
                                        new CliInputException(
                                                "unknown plan type '"
                                                        + planType
                                                        + "' (expected one of: "
                                                        + HasId.idList(PlanType.class)
                                                        + ")"));
        DenialType type =
                HasId.find(DenialType.class, denialType)
                        .orElseThrow(
                                () ->
                                        new CliInputException(
                                                "unknown denial type '"
                                                        + denialType
                                                        + "' (expected one of: "
                                                        + HasId.idList(DenialType.class)
                                                        + ")"));
        DecisionLevel level =
                decisionLevel == null
                        ? DecisionLevel.INTERNAL
                        : HasId.find(DecisionLevel.class, decisionLevel)
                                .orElseThrow(
                                        () ->
                                                new CliInputException(
                                                        "unknown decision level '"
                                                                + decisionLevel
                                                                + "' (expected one of: "
                                                                + HasId.idList(DecisionLevel.class)
                                                                + ")"));
        if (decisionLevel != null && finalDenial == null) {
            throw new CliInputException(
                    "--decision-level needs --final-denial, the date of that decision");
        }
        LocalDate notice = date("--notice-date", noticeDate);
        Optional<LocalDate> rec = Optional.ofNullable(received).map(v -> date("--received", v));
        Optional<LocalDateTime> recAt =
                Optional.ofNullable(receivedAt).map(v -> dateTime("--received-at", v));
        Optional<LocalDateTime> filedAt =
                Optional.ofNullable(appealFiledAt).map(v -> dateTime("--appeal-filed-at", v));
        Optional<LocalDate> filed =
                Optional.ofNullable(appealFiled).map(v -> date("--appeal-filed", v));
        if (filed.isPresent()
                && filedAt.isPresent()
                && !filed.get().equals(filedAt.get().toLocalDate())) {
            throw new CliInputException(
                    "--appeal-filed "
                            + filed.get()
                            + " and --appeal-filed-at "
                            + appealFiledAt
                            + " disagree");
        }
        try {
            ClockFacts facts = ClockFacts.none();
            if (filedAt.isPresent()) {
                facts =
                        facts.withAppealFiled(
                                filedAt.get().toLocalDate(),
                                Optional.of(filedAt.get().toLocalTime()));
            } else if (filed.isPresent()) {
                facts = facts.withAppealFiled(filed.get(), Optional.empty());
            }
            if (finalDenial != null) {
                facts = facts.withFinalDenial(date("--final-denial", finalDenial), level);
            }
            if (hearingRequested != null) {
                facts =
                        facts.withExternalReviewFiled(
                                date("--hearing-requested", hearingRequested), Optional.empty());
            }
            if (actionDate != null) {
                facts = facts.withActionEffective(date("--action-date", actionDate));
            }
            if (lastCovered != null) {
                facts = facts.withLastCoveredDay(date("--last-covered", lastCovered));
            }
            if (extensionRequested != null) {
                facts =
                        facts.withExtensionRequestedAt(
                                dateTime("--extension-requested", extensionRequested));
            }
            facts =
                    facts.withDecisionExtended(planExtended)
                            .withStateHearingDays(Optional.ofNullable(stateHearingDays))
                            .withSuitBy(Optional.ofNullable(suitBy).map(v -> date("--suit-by", v)));
            String st = state == null ? "" : state.strip();
            if (!st.isEmpty() && !st.matches("[A-Za-z]{2}")) {
                throw new CliInputException(
                        "--state: '" + state + "' is not a two-letter state code");
            }
            Coverage coverage =
                    new Coverage(
                            Optional.ofNullable(authStarts).map(v -> date("--auth-starts", v)),
                            Optional.ofNullable(authEnds).map(v -> date("--auth-ends", v)),
                            Optional.ofNullable(firstDayRefused)
                                    .map(v -> date("--first-day-refused", v)),
                            st);
            return new DeadlineInput(plan, type, urgent, notice, rec, recAt, facts, coverage);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    /**
     * Dates the clock works with: anything outside these years is a typing error, not a deadline to
     * compute.
     */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;

    static LocalDate date(String option, String value) {
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeException e) {
            throw new CliInputException(
                    option + ": '" + value + "' is not a valid date (YYYY-MM-DD)", e);
        }
        plausible(option, value, d.getYear());
        return d;
    }

    private static void plausible(String option, String value, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CliInputException(
                    option
                            + ": '"
                            + value
                            + "' is not a plausible date (the years "
                            + FIRST_YEAR
                            + " to "
                            + LAST_YEAR
                            + ")");
        }
    }

    private static LocalDateTime dateTime(String option, String value) {
        try {
            LocalDateTime t = LocalDateTime.parse(value.strip(), MINUTE);
            plausible(option, value, t.getYear());
            return t;
        } catch (DateTimeException e) {
            throw new CliInputException(
                    option + ": '" + value + "' is not a valid date and time (YYYY-MM-DDTHH:MM)",
                    e);
        }
    }

    static String json(DeadlineSchedule s, PlanType plan) throws JsonProcessingException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode arr = root.putArray("deadlines");
        for (Deadline d : s.deadlines()) {
            ObjectNode o = arr.addObject();
            o.put("id", d.id().id());
            o.put("label", d.label());
            o.put("due", d.dueText());
            o.put("citation", d.citationId().orElse(null));
            o.put("basis", d.rule());
            o.put("guarantee", d.guarantee().name().toLowerCase(Locale.ROOT));
            o.put("owner", d.owner().name().toLowerCase(Locale.ROOT));
            o.put("ifMissed", CaseClock.ifMissed(d, plan));
        }
        ArrayNode notes = root.putArray("notes");
        s.notes().forEach(notes::add);
        s.notComputedReason().ifPresent(r -> root.put("reason", r));
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void table(DeadlineSchedule s, PlanType plan, PrintWriter out) {
        if (s.notComputedReason().isPresent()) {
            out.println("No deadlines computed: " + s.notComputedReason().get());
            return;
        }
        TextTable t = new TextTable("DUE", "ID", "WHAT", "CITATION", "NOTE");
        for (Deadline d : s.deadlines()) {
            t.row(
                    d.dueText(),
                    d.id().id(),
                    d.label(),
                    d.citationId()
                            .orElse(
                                    d.id() == DeadlineId.LAST_COVERED_DAY
                                            ? "(the case's dates)"
                                            : "(plan's own)"),
                    d.guarantee() == Guarantee.EXACT ? "" : d.guarantee().explanation());
        }
        t.print(out);
        out.println();
        for (Deadline d : s.deadlines()) {
            out.println(d.id().id() + ": " + d.rule() + (d.note().isEmpty() ? "" : " " + d.note()));
            out.println("  if missed: " + CaseClock.ifMissed(d, plan));
        }
        if (!s.notes().isEmpty()) {
            out.println();
            s.notes().forEach(n -> out.println("Note: " + n));
        }
    }
}
