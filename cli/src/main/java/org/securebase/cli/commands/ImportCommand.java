package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.Shown;
import org.securebase.quiz.importing.ImportOutcome;
import org.securebase.usecase.ImportResponses;
import org.securebase.quiz.importing.RowProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports responses collected on paper handouts or in a spreadsheet (docs/import.md): every
 * attempt of the file, or none with every bad row reported by line.
 *
 * @since 0.1
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a CSV of responses collected elsewhere: all rows or none; every bad row is reported.",
        subcommands = MoodleImportCommand.class)
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESPONSES.csv", arity = "0..1", description = "The response sheet (UTF-8 CSV, see docs/import.md).")
    Path file;

    // Not required in the annotation, which would make 'import moodle' ask for it too; checked below.
    @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "The quiz the responses answer.")
    String quizId;

    @Override
    public Integer call() throws IOException {
        if (file == null || quizId == null) {
            throw new ParameterException(spec.commandLine(), file == null ? "Missing required parameter: 'RESPONSES.csv'"
                    : "Missing required option: '--quiz=QUIZ-ID'");
        }
        ImportOutcome outcome = new ImportResponses(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock()).run(file, quizId);
        if (outcome instanceof ImportOutcome.Rejected r) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("securebase: " + file + " was not imported: " + r.problems().size() + " problem"
                    + (r.problems().size() == 1 ? "" : "s") + "; nothing was stored");
            for (RowProblem p : r.problems()) {
                err.println("  " + file.getFileName() + ": " + Shown.safe(p.toString()));
            }
            err.flush();
            return ExitCodes.INPUT;
        }
        ImportOutcome.Imported done = (ImportOutcome.Imported) outcome;
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + done.attempts() + " attempt" + (done.attempts() == 1 ? "" : "s")
                + " (" + done.responses() + " rows) into quiz " + quizId);
        out.flush();
        return ExitCodes.OK;
    }
}
