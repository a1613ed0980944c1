package org.securebase.usecase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.securebase.export.report.ScoreReportData;
import org.securebase.export.report.ScoreReports;
import org.securebase.export.results.ScoreReportContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.Checks;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;

/**
 * Writes a trainee's score report (PDF) for the attempt that counts at a quiz.
 *
 * @since 0.3
 */
public final class ReportScore {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store
     * @param clock the time printed on the report
     */
    public ReportScore(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to write.
     *
     * @param traineeId the trainee
     * @param quizId the quiz; null for the only quiz in the store
     * @param out the PDF to write; null for {@code report-ID.pdf} in the working folder
     * @param sponsor the organisation named on the report
     * @param force replace an existing file
     */
    public record Request(String traineeId, String quizId, Path out, String sponsor, boolean force) {
        /** Checks the parts. */
        public Request {
            Checks.present(traineeId, "trainee id");
            Checks.present(sponsor, "sponsor");
        }
    }

    /**
     * What was written.
     *
     * @param file the report
     * @param name the trainee's name
     * @param score the points earned
     * @param max the points possible
     * @param percent the percentage
     * @param passed whether the attempt passed
     * @param awaitingGrading whether an open answer awaits grading: the score is provisional, neither pass nor fail
     */
    public record Written(Path file, String name, BigDecimal score, BigDecimal max, BigDecimal percent,
            boolean passed, boolean awaitingGrading) {
    }

    /**
     * Writes the report.
     *
     * @param request what to write
     * @return what was written
     * @throws IOException when the file cannot be written
     * @throws Refusal when the trainee is unknown or has no submitted attempt, or the file exists without force
     */
    public Written report(Request request) throws IOException {
        try (ResultStore store = workspace.openExisting()) {
            String id = Workspace.pickQuiz(store, request.quizId(), null);
            String traineeId = request.traineeId();
            ScoreReportData data = data(store, id, traineeId, request.sponsor());
            Path target = request.out() != null ? request.out()
                    : Path.of("report-" + traineeId.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
            Path written = OutputFiles.writeFile(target, request.force(), p -> write(data, p, clock));
            return new Written(written, data.traineeName(), data.score(), data.max(), data.percent(), data.passed(),
                    data.awaitingGrading());
        }
    }

    /**
     * The same report as {@link #report}, as the bytes of the PDF, for an interface that hands
     * it to the trainee (the browser's result page) instead of writing a file.
     *
     * @param quizId the quiz
     * @param traineeId the trainee
     * @param sponsor the organisation named on the report
     * @return the PDF
     * @throws Refusal when the trainee is unknown or has no submitted attempt
     */
    public byte[] pdf(String quizId, String traineeId, String sponsor) {
        Checks.present(quizId, "quiz id");
        Checks.present(traineeId, "trainee id");
        Checks.present(sponsor, "sponsor");
        try (ResultStore store = workspace.openExisting()) {
            return pdf(store, clock, quizId, traineeId, sponsor);
        }
    }

    /** The report's PDF on a store already open, for use cases that run inside another (trainee export). */
    static byte[] pdf(ResultStore store, Clock clock, String quizId, String traineeId, String sponsor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScoreReports(FontSet.bundled(), clock).write(data(store, quizId, traineeId, sponsor), out);
        return out.toByteArray();
    }

    private static ScoreReportData data(ResultStore store, String quizId, String traineeId, String sponsor) {
        RegisteredTrainee trainee = new Registrations(store).trainee(traineeId).orElseThrow(() -> new Refusal("no trainee '"
                + traineeId + "' in " + store.location().describe() + "; trainees are added when they take a quiz or their answers are imported"));
        ScoredAttempt attempt = new QuizResults(store).counted(quizId, traineeId).orElseThrow(() ->
                new Refusal(trainee.name() + " has no submitted attempt at quiz " + quizId));
        return ScoreReportContent.of(attempt, trainee.name(), sponsor,
                LocalDate.ofInstant(attempt.submission().submitted(), ZoneOffset.UTC));
    }

    static void write(ScoreReportData data, Path file, Clock clock) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            new ScoreReports(FontSet.bundled(), clock).write(data, o);
        }
    }
}
