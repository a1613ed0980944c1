package org.securebase.usecase;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.grading.Agreement;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.grading.GradingQueue;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.grading.RatingRole;
import org.securebase.quiz.grading.Ungraded;
import org.securebase.quiz.importing.GradingSheet;
import org.securebase.quiz.importing.RowProblem;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.Marking;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredAttempt;

/**
 * Grading open answers: the answers a named grader still has to rate (blind, in their own order;
 * the drawn share for a second grader), saving each rating as it is given (audited in the
 * store), and the agreement of the answers rated twice (docs/grading.md).
 *
 * @since 0.3
 */
public final class GradeAnswers {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store
     * @param clock the time of each rating
     */
    public GradeAnswers(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * @param quizId a stored quiz
     * @param grader who grades, by name
     * @param second true to give second ratings to the drawn share, false to give first ratings
     * @param sharePercent the share drawn for second ratings, 1 to 100
     * @return the answers still to rate, in this grader's order
     */
    public List<Ungraded> queue(String quizId, String grader, boolean second, int sharePercent) {
        try (ResultStore store = workspace.openExisting()) {
            Quiz quiz = new FrozenQuizzes(store).require(quizId);
            if (Grades.openResponses(quiz).isEmpty()) {
                throw new Refusal("quiz " + quizId + " asks no open-response question: there is nothing to grade");
            }
            List<MarkedAttempt> submitted = new ArrayList<>();
            for (StoredAttempt a : store.attemptsOf(quizId)) {
                if (a instanceof MarkedAttempt m) {
                    submitted.add(m);
                }
            }
            return GradingQueue.of(quiz, submitted, store.ratingsOf(quizId), grader,
                    second ? RatingRole.SECOND : RatingRole.FIRST, sharePercent);
        }
    }

    /**
     * Saves a grader's rating of one answer at once (the rating audit keeps it even if changed
     * later), with the attempt's score it settles: final once every open answer of the attempt
     * has its mark, still awaiting grading otherwise.
     *
     * @param quizId the quiz the answer belongs to
     * @param answer the answer, from {@link #queue}
     * @param grader who rated it
     * @param levels criterion id to the 1-based level reached, for every criterion
     * @param comment the comment the trainee will read, or null
     * @return the rating saved
     */
    public Rating rate(String quizId, Ungraded answer, String grader, Map<String, Integer> levels, String comment) {
        Rating r = new Rating(answer.attemptId(), answer.ref(), grader, answer.role(), levels, comment, clock.instant());
        r.checkFits(answer.question());
        try (ResultStore store = workspace.openExisting()) {
            new Marking(store).save(quizId, List.of(r), false);
        }
        return r;
    }

    /**
     * Writes the answers a grader still has to rate as a grading sheet (CSV), in their order.
     *
     * @param quizId a stored quiz
     * @param grader who will fill it in
     * @param second true for the drawn share's second ratings
     * @param sharePercent the share drawn for second ratings
     * @param out the CSV file to write; never replaced, so a sheet being filled in is not lost
     * @return the file written and how many answers it holds
     * @throws IOException when the file cannot be written
     * @throws Refusal when the file exists already
     */
    public Sheet exportSheet(String quizId, String grader, boolean second, int sharePercent, Path out)
            throws IOException {
        if (Files.exists(out)) {
            throw new Refusal(out + " already exists: give another file name (a grading sheet is never replaced, so one"
                    + " being filled in is not lost)");
        }
        List<Ungraded> answers = queue(quizId, grader, second, sharePercent);
        StringWriter text = new StringWriter();
        GradingSheet.write(answers, grader, text);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path written = OutputFiles.writeFile(out, false, p -> Files.write(p, bytes));
        return new Sheet(written, answers.size());
    }

    /**
     * Reads a filled-in grading sheet and saves its ratings all at once, each audited as
     * imported, with the scores they settle; or saves nothing and gives every problem.
     *
     * @param quizId a stored quiz
     * @param file the sheet
     * @return the ratings saved and the rows left without levels, or the problems
     * @throws IOException when the file cannot be read
     * @throws Refusal when the file does not exist
     */
    public SheetImport importSheet(String quizId, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("no such file: " + file);
        }
        try (ResultStore store = workspace.openExisting()) {
            Quiz quiz = new FrozenQuizzes(store).require(quizId);
            Map<QuestionRef, OpenResponse> open = Grades.openResponses(quiz);
            if (open.isEmpty()) {
                throw new Refusal("quiz " + quizId + " asks no open-response question: there is nothing to grade");
            }
            GradingSheet.Read read;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = GradingSheet.read(in, open, clock.instant());
            }
            if (!read.problems().isEmpty()) {
                return new SheetImport(0, read.skipped(), read.problems());
            }
            if (!read.ratings().isEmpty()) {
                new Marking(store).save(quizId, read.ratings(), true);
            }
            return new SheetImport(read.ratings().size(), read.skipped(), List.of());
        }
    }

    /**
     * A grading sheet written.
     *
     * @param file the CSV
     * @param answers how many answers it lists
     */
    public record Sheet(Path file, int answers) {
    }

    /**
     * What importing a grading sheet did.
     *
     * @param saved how many ratings were saved (0 when there are problems)
     * @param skipped rows left without levels
     * @param problems every bad row, by line; nothing was saved when there are any
     */
    public record SheetImport(int saved, int skipped, List<RowProblem> problems) {
        /** Copies the list. */
        public SheetImport {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param quizId a stored quiz
     * @return how far the first and second ratings agree, per criterion and overall, with the disagreements
     */
    public Agreement.Report agreement(String quizId) {
        try (ResultStore store = workspace.openExisting()) {
            Quiz quiz = new FrozenQuizzes(store).require(quizId);
            return Agreement.of(Grades.openResponses(quiz), store.ratingsOf(quizId).stream().map(Grades::rating).toList());
        }
    }
}
