package org.overturn.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.overturn.domain.cases.DenialType;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.PlanType;
import org.overturn.domain.deadlines.ClockFacts;
import org.overturn.domain.deadlines.Deadline;
import org.overturn.domain.deadlines.DeadlineCalculator;
import org.overturn.domain.deadlines.DeadlineInput;
import org.overturn.domain.deadlines.DeadlineSchedule;
import org.overturn.domain.deadlines.Guarantee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code deadlines}: the case clock for one denial, from the command line. Needs no data folder. */
@Command(name = "deadlines", description = "Compute the appeal deadlines for a denial. Hour clocks use this "
        + "computer's time zone.")
public final class DeadlinesCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    @Spec CommandSpec spec;

    @Option(names = "--plan-type", required = true, paramLabel = "TYPE", description = "Plan type id, e.g. erisa-self-funded.")
    String planType;
    @Option(names = "--denial-type", required = true, paramLabel = "TYPE", description = "pre-service, concurrent or post-service.")
    String denialType;
    @Option(names = "--notice-date", required = true, paramLabel = "YYYY-MM-DD", description = "The date on the notice.")
    String noticeDate;
    @Option(names = "--received", paramLabel = "YYYY-MM-DD", description = "The day the denial was received.")
    String received;
    @Option(names = "--received-at", paramLabel = "YYYY-MM-DDTHH:MM", description = "When the denial was received.")
    String receivedAt;
    @Option(names = "--urgent", description = "Urgent (expedited) care.")
    boolean urgent;
    @Option(names = "--appeal-filed", paramLabel = "YYYY-MM-DD", description = "The day the appeal was filed.")
    String appealFiled;
    @Option(names = "--final-denial", paramLabel = "YYYY-MM-DD", description = "The date of the final internal denial.")
    String finalDenial;
    @Option(names = "--json", description = "JSON only on stdout.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        DeadlineSchedule s = DeadlineCalculator.inSystemZone().calculate(input());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(s));
        } else {
            table(s, out);
        }
        return ExitCodes.DONE;
    }

    DeadlineInput input() {
        PlanType plan = HasId.find(PlanType.class, planType).orElseThrow(() -> new CliInputException(
                "unknown plan type '" + planType + "' (expected one of: " + HasId.idList(PlanType.class) + ")"));
        DenialType type = HasId.find(DenialType.class, denialType).orElseThrow(() -> new CliInputException(
                "unknown denial type '" + denialType + "' (expected one of: " + HasId.idList(DenialType.class) + ")"));
        LocalDate notice = date("--notice-date", noticeDate);
        Optional<LocalDate> rec = Optional.ofNullable(received).map(v -> date("--received", v));
        Optional<LocalDateTime> recAt = Optional.ofNullable(receivedAt).map(this::dateTime);
        ClockFacts facts = ClockFacts.none();
        if (appealFiled != null) {
            facts = facts.withAppealFiled(date("--appeal-filed", appealFiled), Optional.empty());
        }
        try {
            if (finalDenial != null) {
                facts = facts.withFinalDenial(date("--final-denial", finalDenial));
            }
            return new DeadlineInput(plan, type, urgent, notice, rec, recAt, facts);
        } catch (IllegalArgumentException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new CliInputException(option + ": '" + value + "' is not a valid date (YYYY-MM-DD)", e);
        }
    }

    private LocalDateTime dateTime(String value) {
        try {
            return LocalDateTime.parse(value.strip(), MINUTE);
        } catch (DateTimeParseException e) {
            throw new CliInputException("--received-at: '" + value + "' is not a valid date and time (YYYY-MM-DDTHH:MM)", e);
        }
    }

    static String json(DeadlineSchedule s) throws JsonProcessingException {
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
        }
        s.notComputedReason().ifPresent(r -> root.put("reason", r));
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void table(DeadlineSchedule s, PrintWriter out) {
        if (s.notComputedReason().isPresent()) {
            out.println("No deadlines computed: " + s.notComputedReason().get());
            return;
        }
        TextTable t = new TextTable("DUE", "ID", "WHAT", "CITATION", "NOTE");
        for (Deadline d : s.deadlines()) {
            t.row(d.dueText(), d.id().id(), d.label(), d.citationId().orElse("(plan's own)"),
                    d.guarantee() == Guarantee.EXACT ? "" : d.guarantee().explanation());
        }
        t.print(out);
        out.println();
        for (Deadline d : s.deadlines()) {
            out.println(d.id().id() + ": " + d.rule() + (d.note().isEmpty() ? "" : " " + d.note()));
        }
        if (!s.notes().isEmpty()) {
            out.println();
            s.notes().forEach(n -> out.println("Note: " + n));
        }
    }
}
