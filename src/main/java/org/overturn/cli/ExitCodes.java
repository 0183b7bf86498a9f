package org.overturn.cli;

/** The command line's exit codes, as PRODUCT.md gives them. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int UNEXPECTED = 1;
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
