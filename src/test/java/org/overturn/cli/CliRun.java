package org.overturn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process and keeps what it printed: for the command-line and reliability
 * tests.
 */
public final class CliRun {

    public record Result(int code, String out, String err) {}

    private CliRun() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OverturnCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
