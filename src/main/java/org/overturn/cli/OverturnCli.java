package org.overturn.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.overturn.persistence.DatabaseException;
import org.overturn.persistence.json.Printable;
import org.overturn.persistence.shared.NotPermittedException;
import picocli.CommandLine;

/** Runs the headless commands; decides whether a command line asks for the desktop app instead. */
public final class OverturnCli {

    private OverturnCli() {}

    /** No command at all (at most {@code --data-dir DIR}): open the app. */
    public static boolean wantsDesktop(String[] args) {
        return desktopArgs(args) != null;
    }

    /**
     * The arguments the desktop app takes (the data folder and the case store, without a command),
     * or null if the command line names a command.
     */
    public static String[] desktopArgs(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") || a.equals("--store") || a.equals("--store-ca-file")) {
                if (i + 1 >= args.length) {
                    return null; // let the command line say what is missing
                }
                i++;
            } else if (!(a.startsWith("--data-dir=")
                    || a.startsWith("--store=")
                    || a.startsWith("--store-ca-file=")
                    || a.equals("--store-allow-local-plain"))) {
                return null;
            }
        }
        return args;
    }

    public static int run(String[] args) {
        PrintWriter out =
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    /** Runs one command with the given streams; used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Headless commands keep stderr for problems; progress notes such as migrations stay quiet,
        // and a warning
        // (a backup that could not be taken) is one line, like every other message.
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setFormatter(ONE_LINE);
        }
        CommandLine cl = commandLine(out, err, OverturnCommand.subcommandsFor(args));
        int version = Arrays.asList(args).indexOf("--version");
        version = version >= 0 ? version : Arrays.asList(args).indexOf("-V");
        if (version >= 0 && version < args.length - 1) {
            err.println("overturn: --version takes nothing after it (try --help)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        int code;
        try {
            code = cl.execute(args);
        } finally {
            CliServices.closeAll();
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * {@code --help} on every command, so asking for help is never refused for a missing required
     * option.
     */
    private static void addHelp(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--help") == null) {
                sub.getCommandSpec()
                        .addOption(
                                CommandLine.Model.OptionSpec.builder("-h", "--help")
                                        .usageHelp(true)
                                        .description("Show this help and exit.")
                                        .build());
            }
            addHelp(sub);
        }
    }

    /** The longest run without a space a refusal repeats whole; longer input is shortened. */
    static final int LONGEST_ECHO = 200;

    /**
     * A refusal as the user can read it: what they typed is repeated with its invisible characters
     * shown as U+XXXX (a NUL or a direction mark never reaches the terminal), and a pasted run of
     * thousands of characters is shortened to its start and its length.
     */
    static String visible(String message) {
        if (message == null) {
            return "refused";
        }
        StringBuilder sb = new StringBuilder(Math.min(message.length(), 1000));
        int run = 0;
        int runStart = 0;
        for (int i = 0; i < message.length(); ) {
            int cp = message.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                run = 0;
                sb.append(' ');
                continue;
            }
            if (run == 0) {
                runStart = i - Character.charCount(cp);
            }
            run++;
            if (run > LONGEST_ECHO) {
                int end = i;
                while (end < message.length() && message.charAt(end) != ' ') {
                    end++;
                }
                sb.append("… (").append(end - runStart).append(" characters)");
                i = end;
                run = 0;
                continue;
            }
            if (Printable.invisible(cp)) {
                sb.append(String.format("U+%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static final Formatter ONE_LINE =
            new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return "overturn: warning: "
                            + Printable.visible(formatMessage(r).replace('\n', ' '))
                            + System.lineSeparator();
                }
            };

    /** The command line, with these of the subcommands in it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        OverturnCommand root = new OverturnCommand();
        CommandLine cl = new CommandLine(root);
        for (Class<?> sub : subcommands) {
            cl.addSubcommand(sub);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        addHelp(cl);
        cl.setParameterExceptionHandler(
                (ex, a) -> {
                    err.println("overturn: " + visible(ex.getMessage()) + " (try --help)");
                    return ExitCodes.BAD_INPUT;
                });
        cl.setExecutionExceptionHandler(
                (ex, line, parseResult) -> {
                    Throwable t = ex;
                    if (t instanceof CliInputException) {
                        for (String msg : t.getMessage().split("\n")) {
                            err.println("overturn: " + visible(msg));
                        }
                        return ExitCodes.BAD_INPUT;
                    }
                    if (t instanceof NotPermittedException) {
                        // The shared store refused what this person's role may not do: nothing
                        // changed, as for any request that can't be carried out.
                        err.println(
                                "overturn: "
                                        + Printable.visible(t.getMessage().replace('\n', ' ')));
                        return ExitCodes.BAD_INPUT;
                    }
                    if (t instanceof DatabaseException) {
                        // Written for the user (a full disk, a database another program holds): the
                        // message, not the class.
                        err.println(
                                "overturn: "
                                        + Printable.visible(t.getMessage().replace('\n', ' ')));
                        if (Boolean.getBoolean("overturn.debug")) {
                            t.printStackTrace(err);
                        }
                        return ExitCodes.UNEXPECTED;
                    }
                    err.println("overturn: unexpected failure: " + t);
                    if (Boolean.getBoolean("overturn.debug")) {
                        t.printStackTrace(err);
                    }
                    return ExitCodes.UNEXPECTED;
                });
        return cl;
    }
}
