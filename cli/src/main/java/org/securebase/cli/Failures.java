package org.securebase.cli;

import java.io.PrintWriter;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Shown;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.verification.VerificationException;
import org.securebase.model.ModelException;
import org.securebase.quiz.assembly.BlueprintNotSatisfiedException;
import org.securebase.quiz.delivery.NoAttemptsLeftException;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.store.StoreException;
import org.securebase.usecase.Refusal;
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
        if (ex instanceof StoreException se) {
            code = ExitCodes.INPUT;
            message = se.kind() == StoreException.Kind.UNAVAILABLE
                    ? "the database is busy or unavailable (" + se.getMessage() + "); try again"
                    : se.getMessage();
        } else if (ex instanceof VerificationException || ex instanceof ExportException) {
            code = ExitCodes.INPUT;
            message = ex.getMessage();
        } else if (ex instanceof UserError || ex instanceof Refusal || ex instanceof ModelException
                || ex instanceof BlueprintNotSatisfiedException || ex instanceof NoAttemptsLeftException
                || ex instanceof InvalidAnswerException || ex instanceof JsonException) {
            code = ExitCodes.INPUT;
            message = ex.getMessage();
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
