package org.securebase.cli.commands;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.gradebook.SummaryCsv;
import org.securebase.export.results.CohortNumbers;
import org.securebase.export.results.GradebookContent;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.IssuedCertificate;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.Trainee;
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
    /** Who a gradebook is from. */
    static final String AUTHOR = "SecureBase";

    @Spec
    CommandSpec spec;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "The quiz (default: the only quiz in the database).")
    String quizId;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The workbook to write (.xlsx), or the CSV with --canvas or --moodle.")
    Path out;

    @Option(names = "--canvas", paramLabel = "CANVAS-EXPORT.csv",
            description = "Add the scores as a column to this Canvas gradebook export, for Canvas's gradebook import.")
    Path canvas;

    @Option(names = "--moodle", description = "Write a CSV for Moodle's grade import (maps by e-mail address or ID number).")
    boolean moodle;

    @Option(names = "--assignment", paramLabel = "NAME", description = "The LMS grade column (default: the quiz title).")
    String assignment;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the summary as CSV (UTF-8 with BOM).")
    Path csv;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (canvas != null || moodle) {
            return new LmsGrades(spec, quizId, assignment, out, force).write(canvas, moodle);
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UserError("the gradebook is an Excel workbook: give --out a name ending in .xlsx, was " + out);
        }
        Clock clock = Session.clock();
        try (ResultStore store = Workspace.of(GlobalOptions.of(spec)).openExisting()) {
            Results results = new Results(store, clock);
            String id = Workspace.pickQuiz(store, quizId, null);
            Quiz quiz = results.requireQuiz(id);
            // One pass over a store cursor: rows spooled to a temporary file, the cohort's numbers gathered on the way.
            Iterable<ScoredAttempt> counted = () -> results.countedCursor(id);
            try (SpooledRows rows = SpooledRows.create()) {
                CohortNumbers numbers = spool(store, quiz, counted, rows);
                if (numbers.attempts() == 0) {
                    throw new UserError("quiz " + id + " has no submitted attempts yet; nothing to put in a gradebook");
                }
                Gradebook gradebook = GradebookContent.of(quiz, rows, numbers, AUTHOR, quiz.settings().title() + " — gradebook");
                Path written = OutputFiles.writeFile(out, force, p -> {
                    try (OutputStream o = Files.newOutputStream(p)) {
                        new GradebookWriter(clock).write(gradebook, o);
                    }
                });
                spec.commandLine().getOut().println("wrote " + written + " (" + numbers.attempts() + " trainees, "
                        + quiz.refs().size() + " questions)");
                if (csv != null) {
                    Path csvWritten = OutputFiles.writeFile(csv, force, p -> {
                        try (OutputStream o = Files.newOutputStream(p)) {
                            SummaryCsv.write(gradebook.trainees(), o);
                        }
                    });
                    spec.commandLine().getOut().println("wrote " + csvWritten);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * Spools the rows of a quiz's counted attempts, with names and certificate numbers from the
     * store (read first: the store serves nothing else while the attempts are read), in one pass.
     *
     * @param counted the counted attempts
     * @param rows where the rows go
     * @return the numbers of the attempts
     */
    static CohortNumbers spool(ResultStore store, Quiz quiz, Iterable<ScoredAttempt> counted, SpooledRows rows) {
        Map<String, String> certificates = new HashMap<>();
        for (Certificate c : store.certificatesOfQuiz(quiz.id())) {
            if (c instanceof IssuedCertificate issued) {
                certificates.put(issued.traineeId(), issued.number());
            }
        }
        Map<String, String> names = new HashMap<>();
        for (Trainee t : store.trainees()) {
            names.put(t.id(), t.name());
        }
        return GradebookContent.spool(quiz, counted, a -> new GradebookContent.TraineeInfo(
                        names.getOrDefault(a.header().traineeId(), a.header().traineeId()),
                        LocalDate.ofInstant(a.submission().submitted(), ZoneOffset.UTC),
                        certificates.get(a.header().traineeId())), rows);
    }
}
