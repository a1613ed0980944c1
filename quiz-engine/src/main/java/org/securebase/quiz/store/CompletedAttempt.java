package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;

/**
 * A whole attempt to record at once (taken elsewhere, imported or simulated): its responses,
 * their marks and its score. The store gives it an id and an attempt number.
 *
 * @param quizId the quiz attempted
 * @param traineeId the trainee who attempted it
 * @param variantCode the variant the trainee saw
 * @param source where the attempt came from
 * @param startedAt when it started
 * @param submittedAt when it was submitted
 * @param responses the marked responses, one per question
 * @param score the score
 * @param counted whether the quiz's attempt policy counts this attempt, as the caller decided
 * @since 0.1
 */
public record CompletedAttempt(String quizId, String traineeId, String variantCode, AttemptSource source,
        Instant startedAt, Instant submittedAt, List<MarkedResponse> responses, StoredScore score, boolean counted) {

    /** Checks every part; one response per question; submitted no earlier than started. */
    public CompletedAttempt {
        AttemptChecks.header(quizId, traineeId, 1, variantCode, source);
        String what = "attempt of trainee " + traineeId + " at quiz " + quizId;
        startedAt = Values.time(startedAt, "start of " + what);
        submittedAt = Values.time(submittedAt, "submission of " + what);
        AttemptChecks.order(startedAt, submittedAt, what);
        responses = Checks.list(responses, "responses of " + what);
        AttemptChecks.distinct(responses, what);
        Checks.present(score, "score of " + what);
    }
}
