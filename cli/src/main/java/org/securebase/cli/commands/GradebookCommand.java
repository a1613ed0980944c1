package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.terminal.Shown;
import org.securebase.usecase.ExportGradebook;
import org.securebase.usecase.ExportLmsGrades;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Mixin
    OutputOptions.Required output;

    @Option(names = "--canvas", paramLabel = "CANVAS-EXPORT.csv",
            description = "Add the scores as a column to this Canvas gradebook export, for Canvas's gradebook import.")
    Path canvas;

    @Option(names = "--moodle", description = "Write a CSV for Moodle's grade import (maps by e-mail address or ID number).")
    boolean moodle;

    @Option(names = "--assignment", paramLabel = "NAME", description = "The LMS grade column (default: the quiz title).")
    String assignment;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the summary as CSV (UTF-8 with BOM).")
    Path csv;

    @Override
    public Integer call() throws Exception {
        if (canvas != null || moodle) {
            return sendToLms();
        }
        ExportGradebook.Written written = new ExportGradebook(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock())
                .export(new ExportGradebook.Request(quizId, output.path(), csv, output.force()));
        spec.commandLine().getOut().println("wrote " + written.files().get(0) + " (" + written.trainees() + " trainees, "
                + written.questions() + " questions)");
        if (written.files().size() > 1) {
            spec.commandLine().getOut().println("wrote " + written.files().get(1));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private int sendToLms() throws IOException {
        if (canvas != null && moodle) {
            throw new ParameterException(spec.commandLine(), "give --canvas FILE or --moodle, not both");
        }
        ExportLmsGrades.Written w = new ExportLmsGrades(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock())
                .export(new ExportLmsGrades.Request(quizId, assignment, canvas, output.path(), output.force()));
        PrintWriter o = spec.commandLine().getOut();
        w.unmatched().forEach(u -> o.println("  not matched: " + Shown.safe(u)));
        w.ambiguous().forEach(u -> o.println("  ambiguous, left out: " + Shown.safe(u)));
        w.awaitingGrading().forEach(u -> o.println("  awaiting grading, left out: " + Shown.safe(u)));
        if (canvas != null) {
            o.println("wrote " + w.file() + ": column '" + Shown.safe(w.column()) + "' for " + w.matched() + " of " + w.trainees()
                    + " trainees (" + w.students() + " students in the export); " + w.unmatched().size() + " not matched, "
                    + w.ambiguous().size() + " ambiguous");
        } else {
            o.println("wrote " + w.file() + ": '" + Shown.safe(w.column()) + "' for " + w.trainees() + " trainees; in Moodle map"
                    + " 'ID number' to the user's ID number (or 'Email address' to the e-mail address) and '"
                    + Shown.safe(w.column()) + "' to a grade item");
        }
        o.flush();
        return ExitCodes.OK;
    }
}
