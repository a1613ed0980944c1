package org.securebase.quiz.delivery;

import java.time.Instant;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.scoring.Answer;

/**
 * One recorded action of a trainee: an answer given (or cleared) to a question at a time.
 * Responses are never edited; changing an answer records a new response, so the attempt can be
 * replayed and audited.
 *
 * @param ref the question
 * @param answer the answer in written positions, or null when the trainee cleared the answer
 * @param at when it was recorded
 * @since 0.1
 */
public record Response(QuestionRef ref, Answer answer, Instant at) {

    /** Requires the question and the time. */
    public Response {
        Checks.present(ref, "question of a response");
        Checks.present(at, "time of the response to " + ref);
    }

    /** True when this response clears an earlier answer. */
    public boolean clears() {
        return answer == null;
    }
}
