package org.securebase.quiz.store;

import java.time.Instant;

/**
 * One trainee's attempt at one quiz as stored: either still open (being taken) or submitted
 * with its marks and score.
 *
 * @since 0.1
 */
public sealed interface StoredAttempt permits OpenAttempt, MarkedAttempt {

    /** @return the store's id for the attempt */
    long id();

    /** @return the quiz attempted */
    String quizId();

    /** @return the trainee attempting it */
    String traineeId();

    /** @return 1 for the trainee's first attempt at this quiz, 2 for the second, and so on */
    int number();

    /** @return the code of the variant (question and option order) the trainee saw */
    String variantCode();

    /** @return where the attempt came from */
    AttemptSource source();

    /** @return when the attempt started */
    Instant startedAt();

    /**
     * @return the minutes of time extension granted to the attempt, added to the quiz's time
     *     limit (0 for none)
     * @since 0.4
     */
    int extraMinutes();
}
