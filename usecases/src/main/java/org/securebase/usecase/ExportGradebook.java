package org.securebase.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.gradebook.SummaryCsv;
import org.securebase.export.results.CohortNumbers;
import org.securebase.export.results.GradebookContent;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.StandingCertificate;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;

/**
 * Writes the gradebook of a quiz: the Excel workbook (summary, responses, concept mastery, item
 * analysis, test statistics, charts) and, when asked, the summary as CSV for an LMS. The two
 * appear together or not at all. The counted attempts are read in one pass over a store cursor,
 * the rows spooled to a temporary file, so a cohort of any size fits a small heap.
 *
 * @since 0.3
 */
public final class ExportGradebook {
    /** Who a gradebook is from. */
    public static final String AUTHOR = "SecureBase";

    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store
     * @param clock the time written into the workbook
     */
    public ExportGradebook(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to write.
     *
     * @param quizId the quiz; null for the only quiz in the store
     * @param workbook the .xlsx file
     * @param csv the summary CSV, or null for none
     * @param force replace existing files
     */
    public record Request(String quizId, Path workbook, Path csv, boolean force) {
        /** Checks that the workbook is named as one. */
        public Request {
            Checks.present(workbook, "workbook file");
            if (!workbook.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new Refusal("the gradebook is an Excel workbook: give --out a name ending in .xlsx, was "
                        + workbook);
            }
        }
    }

    /**
     * What was written.
     *
     * @param files the workbook, then the CSV when asked
     * @param trainees how many trainees' counted attempts it holds
     * @param questions how many questions the quiz asks
     */
    public record Written(List<Path> files, int trainees, int questions) {
    }

    /**
     * Writes the gradebook.
     *
     * @param request what to write
     * @return what was written
     * @throws IOException when a file cannot be written; then none is
     * @throws Refusal when the quiz has no submitted attempt, or an output exists without force
     */
    public Written export(Request request) throws IOException {
        try (ResultStore store = workspace.openExisting()) {
            FrozenQuizzes quizzes = new FrozenQuizzes(store);
            QuizResults results = new QuizResults(quizzes);
            String id = Workspace.pickQuiz(store, request.quizId(), null);
            Quiz quiz = quizzes.require(id);
            Iterable<ScoredAttempt> counted = () -> results.countedCursor(id);
            try (SpooledRows rows = SpooledRows.create()) {
                CohortNumbers numbers = spool(store, quiz, counted, rows);
                if (numbers.attempts() == 0) {
                    throw new Refusal("quiz " + id + " has no submitted attempts yet; nothing to put in a gradebook");
                }
                Gradebook gradebook = GradebookContent.of(quiz, rows, numbers, AUTHOR,
                        quiz.settings().title() + " — gradebook");
                Map<Path, OutputFiles.Writer> outputs = new LinkedHashMap<>();
                outputs.put(request.workbook(), p -> writeWorkbook(gradebook, p, clock));
                if (request.csv() != null) {
                    outputs.put(request.csv(), p -> writeSummary(gradebook, p));
                }
                List<Path> files = OutputFiles.writeFiles(request.force(), outputs);
                return new Written(files, numbers.attempts(), quiz.refs().size());
            }
        }
    }

    static void writeWorkbook(Gradebook gradebook, Path file, Clock clock) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            new GradebookWriter(clock).write(gradebook, o);
        }
    }

    static void writeSummary(Gradebook gradebook, Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            SummaryCsv.write(gradebook.trainees(), o);
        }
    }

    /**
     * Spools the rows of a quiz's counted attempts, with names and certificate numbers from the
     * store (read first: the store serves nothing else while the attempts are read), in one pass.
     */
    static CohortNumbers spool(ResultStore store, Quiz quiz, Iterable<ScoredAttempt> counted, SpooledRows rows) {
        Map<String, String> certificates = new HashMap<>();
        for (Certificate c : store.certificatesOfQuiz(quiz.id())) {
            if (c instanceof StandingCertificate issued) {
                certificates.put(issued.traineeId(), issued.number());
            }
        }
        Map<String, String> names = new HashMap<>();
        for (RegisteredTrainee t : store.trainees()) {
            names.put(t.id(), t.name());
        }
        return GradebookContent.spool(quiz, counted, a -> new GradebookContent.TraineeInfo(
                names.getOrDefault(a.header().traineeId(), a.header().traineeId()),
                LocalDate.ofInstant(a.submission().submitted(), ZoneOffset.UTC),
                certificates.get(a.header().traineeId())), rows);
    }
}
