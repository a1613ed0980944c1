package org.securebase.cli.support;

/**
 * The documented exit codes of every command.
 *
 * @since 0.1
 */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** The input was wrong: validation failed, an import was rejected, a file is missing. */
    public static final int INPUT = 1;
    /** The command line itself was wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Something failed inside the kit; rerun with --verbose and report it. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
