package org.policykg.cli;

/** The exit codes of every command. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    /** Some inputs failed; the others were processed. */
    public static final int PARTIAL = 3;

    private ExitCodes() {}
}
