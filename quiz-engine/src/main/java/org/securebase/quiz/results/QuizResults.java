package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.AttemptTally;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredAttempt;

/**
 * What a quiz's results read: its submitted attempts scored under the key in force, the attempt
 * that counts per trainee (collected, or streamed one trainee at a time through a cursor), one
 * trainee's attempts alone, and the item analysis over the attempts that count. Scores are
 * always computed from the recorded answers under the key in force, open answers by the marks the
 * resolution policy decides from the ratings in force (an attempt with an open answer not yet
 * marked awaits grading); whether an attempt counts is decided again on every read.
 *
 * @since 0.3
 */
public final class QuizResults {
    private final ResultStore store;
    private final FrozenQuizzes quizzes;
    private final KeyInForce keys;

    /** @param quizzes the frozen quizzes (and their store), shared so each quiz is thawed once */
    public QuizResults(FrozenQuizzes quizzes) {
        this.quizzes = Checks.present(quizzes, "frozen quizzes");
        this.store = quizzes.store();
        this.keys = new KeyInForce(store);
    }

    /** @param store the open result store; the caller closes it */
    public QuizResults(ResultStore store) {
        this(new FrozenQuizzes(store));
    }

    /**
     * @param quizId a frozen quiz
     * @return every submitted attempt at it, scored under the key in force, by trainee id and attempt number
     */
    public List<ScoredAttempt> scored(String quizId) {
        Quiz quiz = quizzes.require(quizId);
        AnswerKey key = keys.of(quiz);
        Map<Long, Map<QuestionRef, Mark>> marks = marks(quiz);
        List<ScoredAttempt> out = new ArrayList<>();
        for (StoredAttempt a : store.attemptsOf(quizId)) {
            if (a instanceof MarkedAttempt s) {
                out.add(score(quiz, key, marks, s));
            }
        }
        return out;
    }

    /**
     * One trainee's submitted attempts, read for that trainee alone.
     *
     * @param quizId a frozen quiz
     * @param traineeId a trainee
     * @return the trainee's submitted attempts at it, scored under the key in force, by attempt number
     */
    public List<ScoredAttempt> scored(String quizId, String traineeId) {
        Quiz quiz = quizzes.require(quizId);
        AnswerKey key = keys.of(quiz);
        Map<Long, Map<QuestionRef, Mark>> marks = marks(quiz);
        List<ScoredAttempt> out = new ArrayList<>();
        for (MarkedAttempt s : store.submittedAttemptsOf(quizId, traineeId)) {
            out.add(score(quiz, key, marks, s));
        }
        return out;
    }

    /**
     * @param quizId a frozen quiz
     * @param traineeId a trainee
     * @return the trainee's attempt that counts under the quiz's policy, if they submitted any
     */
    public Optional<ScoredAttempt> counted(String quizId, String traineeId) {
        return Counting.of(quizzes.require(quizId)).counting(scored(quizId, traineeId));
    }

    /**
     * @param quizId a frozen quiz
     * @return per trainee, the attempt that counts under the quiz's policy ({@code best} or {@code last}),
     *     by trainee id
     */
    public List<ScoredAttempt> counted(String quizId) {
        List<ScoredAttempt> out = new ArrayList<>();
        forEachCounted(quizId, out::add);
        return out;
    }

    /**
     * Hands per trainee the attempt that counts under the quiz's policy to {@code each}, by trainee
     * id (the order of {@link #counted(String)}), scoring one trainee's attempts at a time.
     * {@code each} must not use the store: it refuses every call while the attempts are read.
     *
     * @param quizId a frozen quiz
     * @param each what to do with each counted attempt
     */
    public void forEachCounted(String quizId, Consumer<? super ScoredAttempt> each) {
        try (CountedAttempts counted = countedCursor(quizId)) {
            while (counted.hasNext()) {
                each.accept(counted.next());
            }
        }
    }

    /**
     * Opens a cursor over the attempts that count, one per trainee, by trainee id, scored one
     * trainee at a time under the key in force. Until it is closed (it closes itself after the
     * last trainee) the store refuses every other call.
     *
     * @param quizId a frozen quiz
     * @return the open cursor; close it
     */
    public CountedAttempts countedCursor(String quizId) {
        Quiz quiz = quizzes.require(quizId);
        AnswerKey key = keys.of(quiz);
        Map<Long, Map<QuestionRef, Mark>> marks = marks(quiz);
        return new CountedAttempts(store.attemptCursor(quizId), s -> score(quiz, key, marks, s), Counting.of(quiz));
    }

    private Map<Long, Map<QuestionRef, Mark>> marks(Quiz quiz) {
        return Stored.gradersMarks(store, quiz);
    }

    private static ScoredAttempt score(Quiz quiz, AnswerKey key, Map<Long, Map<QuestionRef, Mark>> marks, MarkedAttempt s) {
        return Stored.scored(quiz, key, marks, s);
    }

    /**
     * Item analysis over the attempts that count, one per trainee, leaving out those awaiting
     * grading: their totals are provisional and would bias every discrimination index.
     *
     * @param quizId a frozen quiz
     * @return the analysis
     * @throws ModelException with fewer than 2 counted attempts
     */
    public ItemAnalysis analysis(String quizId) {
        AttemptTally tally = new AttemptTally();
        int[] awaiting = {0};
        forEachCounted(quizId, a -> {
            if (a.report().awaitingGrading()) {
                awaiting[0]++;
            } else {
                tally.add(a);
            }
        });
        if (tally.attempts() < 2) {
            throw new ModelException("item analysis of quiz " + quizId + " needs at least 2 trainees' scored attempts, has "
                    + tally.attempts() + (awaiting[0] == 0 ? "" : " (" + awaiting[0] + " more await grading)"));
        }
        return tally.analysis();
    }
}
