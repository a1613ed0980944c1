package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.usecase.ExportGradebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the gradebook of a quiz: an Excel workbook instructors can work in (summary,
 * responses, concept mastery, item analysis, test statistics, charts) and, if asked, the summary
 * as CSV for an LMS.
 *
 * @since 0.1
 */
@Command(name = "gradebook", mixinStandardHelpOptions = true,
        description = "Write the gradebook of a quiz as .xlsx (and the summary as CSV for an LMS).")
public final class GradebookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "The quiz (default: the only quiz in the database).")
    String quizId;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the summary as CSV (UTF-8 with BOM).")
    Path csv;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        ExportGradebook.Written written = new ExportGradebook(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock())
                .export(new ExportGradebook.Request(quizId, out, csv, force));
        spec.commandLine().getOut().println("wrote " + written.files().get(0) + " (" + written.trainees() + " trainees, "
                + written.questions() + " questions)");
        if (written.files().size() > 1) {
            spec.commandLine().getOut().println("wrote " + written.files().get(1));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
