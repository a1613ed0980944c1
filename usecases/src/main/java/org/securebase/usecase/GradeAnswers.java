package org.securebase.usecase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.grading.Agreement;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.grading.GradingQueue;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.grading.RatingRole;
import org.securebase.quiz.grading.Ungraded;
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
