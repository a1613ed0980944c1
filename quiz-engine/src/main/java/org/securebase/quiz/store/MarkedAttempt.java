package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;

/**
 * A submitted attempt with the mark of every response and the score.
 *
 * @param id the store's id for the attempt
 * @param quizId the quiz attempted
 * @param traineeId the trainee who attempted it
 * @param number the trainee's attempt number at this quiz, from 1
 * @param variantCode the variant the trainee saw
 * @param source where the attempt came from
 * @param startedAt when it started
 * @param submittedAt when it was submitted
 * @param responses the marked responses, one per question
 * @param score the score
 * @param counted whether the quiz's attempt policy counts this attempt, as the caller decided
 * @param extraMinutes the minutes of time extension it was granted while open (0 for none)
 * @since 0.1
 */
public record MarkedAttempt(long id, String quizId, String traineeId, int number, String variantCode,
        AttemptSource source, Instant startedAt, Instant submittedAt, List<MarkedResponse> responses, StoredScore score,
        boolean counted, int extraMinutes) implements StoredAttempt {

    /** Checks every part; one response per question; submitted no earlier than started. */
    public MarkedAttempt {
        AttemptChecks.header(quizId, traineeId, number, variantCode, source);
        startedAt = Values.time(startedAt, "start of attempt " + id);
        submittedAt = Values.time(submittedAt, "submission of attempt " + id);
        AttemptChecks.order(startedAt, submittedAt, "attempt " + id);
        responses = Checks.list(responses, "responses of attempt " + id);
        AttemptChecks.distinct(responses, "attempt " + id);
        Checks.present(score, "score of attempt " + id);
        AttemptChecks.extraMinutes(extraMinutes, "attempt " + id);
    }

    /**
     * A submitted attempt that had no time extension.
     *
     * @param id the store's id
     * @param quizId the quiz
     * @param traineeId the trainee
     * @param number the attempt number
     * @param variantCode the variant
     * @param source where it came from
     * @param startedAt when it started
     * @param submittedAt when it was submitted
     * @param responses the marked responses
     * @param score the score
     * @param counted whether it counts
     */
    public MarkedAttempt(long id, String quizId, String traineeId, int number, String variantCode, AttemptSource source,
            Instant startedAt, Instant submittedAt, List<MarkedResponse> responses, StoredScore score, boolean counted) {
        this(id, quizId, traineeId, number, variantCode, source, startedAt, submittedAt, responses, score, counted, 0);
    }
}
