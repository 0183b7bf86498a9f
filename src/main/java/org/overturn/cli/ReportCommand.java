package org.overturn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.overturn.core.CoreServices;
import org.overturn.domain.audit.AuditAction;
import org.overturn.domain.cases.HasId;
import org.overturn.domain.cases.LevelOfCare;
import org.overturn.domain.report.PayerCsv;
import org.overturn.domain.report.PayerFigures;
import org.overturn.domain.report.PayerPatterns;
import org.overturn.domain.report.ReportFilter;
import org.overturn.domain.report.Resolution;
import org.overturn.export.pdf.PdfExportException;
import org.overturn.export.pdf.PdfFiles;
import org.overturn.export.report.PayerReportPdf;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report}: figures across cases, for a program; no patient is named in any of them. */
@Command(
        name = "report",
        description = "Figures across all cases; no patient is named.",
        subcommands = {ReportCommand.Payers.class})
final class ReportCommand implements Runnable {

    @ParentCommand OverturnCommand root;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing the report: report payers");
    }

    /** {@code report payers}: denials and how they ended, by payer. */
    @Command(
            name = "payers",
            description =
                    "Denials by payer: how many, of what kind, by which reviewers, and where they"
                            + " ended (peer-to-peer, appeal, external review, upheld).")
    static final class Payers implements Callable<Integer> {

        @ParentCommand ReportCommand parent;
        @Spec CommandSpec spec;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Denied on or after.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Denied on or before.")
        String to;

        @Option(
                names = "--level",
                paramLabel = "ID",
                description = "One level of care (iop-mh, iop-sud, iop-co-occurring, …).")
        String level;

        @ArgGroup(exclusive = true)
        Format format = new Format();

        static final class Format {
            @Option(names = "--json", description = "JSON on stdout, with every breakdown.")
            boolean json;

            @Option(names = "--csv", description = "CSV on stdout, one row per payer.")
            boolean csv;

            @Option(
                    names = "--pdf",
                    paramLabel = "FILE.pdf",
                    description =
                            "A one-page PDF for a meeting with a payer: the table, a chart and"
                                    + " how each figure is counted.")
            Path pdf;
        }

        @Override
        public Integer call() throws IOException {
            ReportFilter filter = filter();
            if (format.pdf != null) {
                return pdf(filter, format.pdf);
            }
            List<PayerPatterns> rows = CliServices.open(parent.root).payerReport().patterns(filter);
            PrintWriter out = spec.commandLine().getOut();
            if (format.json) {
                out.println(json(rows));
            } else if (format.csv) {
                out.print(PayerCsv.of(rows));
            } else if (rows.isEmpty()) {
                out.println("No denials in this period.");
            } else {
                text(rows, out);
            }
            return ExitCodes.DONE;
        }

        /**
         * Writes the PDF whole or not at all; the target is checked before the data folder is
         * opened, so a bad path changes nothing. The export goes in the activity log.
         */
        private int pdf(ReportFilter filter, Path target) {
            try {
                PdfFiles.checkWritable(target);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            CoreServices s = CliServices.open(parent.root);
            String practice = s.profiles().load().practiceName();
            try {
                new PayerReportPdf()
                        .write(
                                s.payerReport().patterns(filter),
                                filter,
                                Optional.of(practice).filter(p -> !p.isBlank()),
                                ZonedDateTime.now(CliServices.CLOCK),
                                target);
            } catch (PdfExportException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Wrote " + target);
            CaseCommand.audited(
                    s.audit().databaseFile(AuditAction.PAYER_REPORT_EXPORTED, target),
                    spec.commandLine().getErr());
            return ExitCodes.DONE;
        }

        private ReportFilter filter() {
            Optional<LocalDate> f =
                    Optional.ofNullable(from).map(v -> DeadlinesCommand.date("--from", v));
            Optional<LocalDate> t =
                    Optional.ofNullable(to).map(v -> DeadlinesCommand.date("--to", v));
            Optional<LevelOfCare> l = Optional.empty();
            if (level != null) {
                l = HasId.find(LevelOfCare.class, level);
                if (l.isEmpty()) {
                    throw new CliInputException(
                            "--level: '"
                                    + level
                                    + "' is not a level of care; use one of "
                                    + Arrays.stream(LevelOfCare.values())
                                            .map(HasId::id)
                                            .collect(Collectors.joining(", ")));
                }
            }
            try {
                return new ReportFilter(f, t, l);
            } catch (IllegalArgumentException e) {
                throw new CliInputException("--to: " + e.getMessage(), e);
            }
        }
    }

    static String payerName(PayerPatterns p) {
        return PayerFigures.name(p);
    }

    static String dollars(long cents) {
        return PayerCsv.dollars(cents);
    }

    static String rate(PayerPatterns p) {
        return PayerFigures.percent(p.overturnRate()).orElse("-");
    }

    static String median(PayerPatterns p) {
        return PayerFigures.days(p.medianDaysToDecision()).orElse("-");
    }

    static void text(List<PayerPatterns> rows, PrintWriter out) {
        TextTable t =
                new TextTable(
                        "PAYER",
                        "CASES",
                        "DENIALS",
                        "NOT BY A PSYCHIATRIST",
                        "CASES WITH A P2P CALL",
                        "P2P NOT AT SET TIME",
                        "OVERTURNED P2P/APPEAL/EXTERNAL",
                        "UPHELD",
                        "OPEN",
                        "OVERTURN RATE",
                        "MEDIAN DAYS",
                        "BILLED",
                        "RECOVERED");
        for (PayerPatterns p : rows) {
            t.row(
                    payerName(p),
                    String.valueOf(p.cases()),
                    String.valueOf(p.denials()),
                    String.valueOf(p.deniedByNonPsychiatrists()),
                    String.valueOf(p.casesWithCall()),
                    String.valueOf(p.callsNotHonoured()),
                    p.resolved(Resolution.OVERTURNED_AT_P2P)
                            + "/"
                            + p.resolved(Resolution.OVERTURNED_ON_APPEAL)
                            + "/"
                            + p.resolved(Resolution.OVERTURNED_AT_EXTERNAL_REVIEW),
                    String.valueOf(p.resolved(Resolution.UPHELD)),
                    String.valueOf(p.resolved(Resolution.OPEN)),
                    rate(p),
                    median(p),
                    dollars(p.billedCents()),
                    dollars(p.recoveredCents()));
        }
        t.print(out);
        out.println(
                "Overturned counts reversals in whole or in part; recovered counts the billed amount"
                        + " of cases overturned in full at their latest decision.");
    }

    static String json(List<PayerPatterns> rows) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ArrayNode arr = m.createArrayNode();
        for (PayerPatterns p : rows) {
            ObjectNode o = arr.addObject();
            o.put("payer", p.payer());
            o.put("behavioralHealthManager", p.behavioralHealthManager());
            o.put("cases", p.cases());
            o.put("denials", p.denials());
            o.set("byLevelOfCare", m.valueToTree(new TreeMap<>(p.byLevel())));
            o.set("byReason", m.valueToTree(new TreeMap<>(p.byReason())));
            o.set("byCriteriaSet", m.valueToTree(new TreeMap<>(p.byCriteria())));
            o.set("byDenialType", m.valueToTree(new TreeMap<>(p.byType())));
            o.set("byReviewer", m.valueToTree(new TreeMap<>(p.byReviewer())));
            o.put("casesWithPeerToPeer", p.casesWithCall());
            o.put("peerToPeerHonoured", p.callsHonoured());
            o.put("peerToPeerNotHonoured", p.callsNotHonoured());
            ObjectNode res = o.putObject("byResolution");
            for (Resolution r : Resolution.values()) {
                res.put(r.id(), p.resolved(r));
            }
            if (p.overturnRate().isPresent()) {
                o.put("overturnRate", p.overturnRate().get());
            } else {
                o.putNull("overturnRate");
            }
            if (p.medianDaysToDecision().isPresent()) {
                o.put("medianDaysToDecision", p.medianDaysToDecision().get());
            } else {
                o.putNull("medianDaysToDecision");
            }
            o.put("billed", new BigDecimal(dollars(p.billedCents())));
            o.put("recovered", new BigDecimal(dollars(p.recoveredCents())));
        }
        ObjectNode root = m.createObjectNode();
        root.set("payers", arr);
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
