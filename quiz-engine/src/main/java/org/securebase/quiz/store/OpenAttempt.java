package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * An attempt being taken: responses so far, not yet submitted. Found again after an
 * interruption so the trainee can resume.
 *
 * @param id the store's id for the attempt
 * @param quizId the quiz attempted
 * @param traineeId the trainee attempting it
 * @param number the trainee's attempt number at this quiz, from 1
 * @param variantCode the variant the trainee sees
 * @param source where the attempt comes from
 * @param startedAt when it started
 * @param responses the responses recorded so far, one per question
 * @param extraMinutes the minutes of time extension granted to it so far (0 for none)
 * @since 0.1
 */
public record OpenAttempt(long id, String quizId, String traineeId, int number, String variantCode,
        AttemptSource source, Instant startedAt, List<StoredResponse> responses, int extraMinutes)
        implements StoredAttempt {

    /** Checks every part; one response per question. */
    public OpenAttempt {
        AttemptChecks.header(quizId, traineeId, number, variantCode, source);
        startedAt = Values.time(startedAt, "start of attempt " + id);
        responses = Checks.list(responses, "responses of attempt " + id);
        QuestionRef twice = Checks.firstDuplicate(responses.stream().map(StoredResponse::question).toList());
        if (twice != null) {
            throw new ModelException("attempt " + id + " holds two responses to " + twice);
        }
        AttemptChecks.extraMinutes(extraMinutes, "attempt " + id);
    }

    /**
     * An open attempt without a time extension.
     *
     * @param id the store's id
     * @param quizId the quiz
     * @param traineeId the trainee
     * @param number the attempt number
     * @param variantCode the variant
     * @param source where it comes from
     * @param startedAt when it started
     * @param responses the responses so far
     */
    public OpenAttempt(long id, String quizId, String traineeId, int number, String variantCode, AttemptSource source,
            Instant startedAt, List<StoredResponse> responses) {
        this(id, quizId, traineeId, number, variantCode, source, startedAt, responses, 0);
    }
}
