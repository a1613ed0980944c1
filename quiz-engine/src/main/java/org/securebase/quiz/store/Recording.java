package org.securebase.quiz.store;

import java.util.List;

/**
 * One write transaction that records whole attempts one at a time, for a batch too large to hold
 * in memory (a streamed import): the reads a recorder needs to score and count an attempt are
 * made inside the same transaction, and the attempt limit is checked there as each attempt is
 * recorded (decision 0071). Given by {@link ResultStore#recording}; valid only inside its work.
 *
 * @since 0.3
 */
public interface Recording {

    /**
     * Adds a trainee, or replaces the details of the trainee with the same id.
     *
     * @param trainee the trainee
     */
    void saveTrainee(RegisteredTrainee trainee);

    /**
     * @param quizId a quiz id
     * @param traineeId a trainee id
     * @return how many attempts, open or submitted, the trainee has made at the quiz, in this transaction
     */
    int attemptCount(String quizId, String traineeId);

    /**
     * @param quizId a quiz id
     * @param traineeId a trainee id
     * @return the trainee's submitted attempts at the quiz with their responses, by attempt number
     */
    List<MarkedAttempt> submittedAttemptsOf(String quizId, String traineeId);

    /**
     * Records a whole attempt; it gets the trainee's next attempt number.
     *
     * @param attempt the attempt
     * @param maxAttempts the quiz's attempt limit
     * @return the stored attempt with its id and number
     * @throws AttemptLimitReached when the trainee has no attempt left; the transaction then changes nothing
     * @throws StoreException if the quiz or trainee is unknown
     */
    MarkedAttempt record(CompletedAttempt attempt, int maxAttempts);
}
