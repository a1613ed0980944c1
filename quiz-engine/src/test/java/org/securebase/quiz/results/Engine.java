package org.securebase.quiz.results;

import java.time.Clock;
import org.securebase.quiz.store.ResultStore;

/**
 * The engine's result classes over one open store, for tests that drive several use cases in one
 * story (freeze, register, sit, submit, record, read, rescore). They share one {@link FrozenQuizzes},
 * as a running interface does.
 *
 * @param store the open store; the test closes it
 * @param quizzes freezing and thawing quizzes
 * @param trainees registering trainees
 * @param keys the key in force and its changes
 * @param sittings sitting, answering and submitting
 * @param collected recording attempts taken elsewhere
 * @param results reading scored and counted attempts
 * @param keyChanges voiding and re-keying
 */
public record Engine(ResultStore store, FrozenQuizzes quizzes, Registrations trainees, KeyInForce keys, Sittings sittings,
        CollectedAttempts collected, QuizResults results, KeyChanges keyChanges) {

    /**
     * @param store an open store
     * @param clock the clock of answers, submissions and rescores
     * @return the engine over it
     */
    public static Engine over(ResultStore store, Clock clock) {
        FrozenQuizzes quizzes = new FrozenQuizzes(store);
        return new Engine(store, quizzes, new Registrations(store), new KeyInForce(store), new Sittings(quizzes, clock),
                new CollectedAttempts(store), new QuizResults(quizzes), new KeyChanges(store, clock));
    }
}
