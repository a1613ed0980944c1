package org.securebase.quiz.store;

import java.time.Instant;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A trainee's answer to one question, as opaque text in the engine's own form.
 *
 * @param question the question answered
 * @param answer the answer text; may be empty (no answer given)
 * @param answeredAt when it was given, kept to the millisecond
 * @param late whether it was given after the time limit
 * @since 0.1
 */
public record StoredResponse(QuestionRef question, String answer, Instant answeredAt, boolean late) {

    /** Requires every part. */
    public StoredResponse {
        if (question == null) {
            throw new ModelException("question reference of a response is missing");
        }
        Values.present(answer, "answer to " + question);
        answeredAt = Values.time(answeredAt, "time of the answer to " + question);
    }
}
