package org.securebase.usecase;

import java.time.Clock;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.KeyInForce;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.store.ResultStore;

/**
 * Keeps drawn quizzes in the store and reads them back: a quiz built (or printed as handouts)
 * is frozen so answers to it can be scored later; a stored quiz is shown with its key in force.
 *
 * @since 0.3
 */
public final class StoreQuiz {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, created when it does not exist yet
     * @param clock the clock of the results
     */
    public StoreQuiz(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * Freezes the quiz; freezing the same quiz again changes nothing.
     *
     * @param quiz the quiz
     * @return the same quiz
     * @throws org.securebase.quiz.store.StoreException if another quiz is stored under its id
     */
    public Quiz freeze(Quiz quiz) {
        try (ResultStore store = workspace.open()) {
            return new FrozenQuizzes(store).freeze(quiz);
        }
    }

    /**
     * A stored quiz with the key in force.
     *
     * @param quiz the quiz
     * @param key its answer key now, every void and re-key applied
     */
    public record Keyed(Quiz quiz, AnswerKey key) {
    }

    /**
     * @param quizId a quiz id
     * @return the stored quiz with its key in force, or empty when the store holds none by that id
     */
    public Optional<Keyed> find(String quizId) {
        try (ResultStore store = workspace.open()) {
            return new FrozenQuizzes(store).quiz(quizId).map(q -> new Keyed(q, new KeyInForce(store).of(q)));
        }
    }
}
