package org.securebase.cli;

import java.io.PrintWriter;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.Shown;
import org.securebase.model.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure of a command into one clear line on standard error and a documented
 * exit code; the stack trace only with {@code --verbose}.
 *
 * @since 0.1
 */
final class Failures implements IExecutionExceptionHandler {

    /** A wrong command line: the message, a pointer to the help, exit code 2. */
    static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("securebase: " + ex.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = GlobalOptions.of(cmd.getCommandSpec()).verbose();
        int code;
        String message;
        if (ex instanceof DomainException de) {
            // every kind is the user's to correct or retry: the message, not the code, tells them apart
            code = ExitCodes.INPUT;
            message = de.kind() == DomainException.Kind.UNAVAILABLE
                    ? "the database is busy or unavailable (" + de.getMessage() + "); try again"
                    : de.getMessage();
        } else if (ex instanceof java.nio.file.NoSuchFileException) {
            code = ExitCodes.INPUT;
            message = "no such file: " + ex.getMessage();
        } else if (ex instanceof java.nio.file.AccessDeniedException) {
            code = ExitCodes.INPUT;
            message = "permission denied: " + ex.getMessage();
        } else if (ex instanceof java.io.IOException) {
            code = ExitCodes.INPUT;
            message = "could not read or write a file: " + ex.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                    + (verbose ? "" : "; rerun with --verbose for details");
        }
        err.println(cmd.getColorScheme().errorText("securebase: " + Shown.safe(message)));
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
