package org.securebase.quiz.delivery;

import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.scoring.Answer;

/**
 * A trainee's attempt at a quiz, in one of its states: {@link InProgressAttempt} (answers can
 * change), {@link SubmittedAttempt} (frozen, not yet scored) or {@link ScoredAttempt} (with marks).
 * Each state is its own type so that only a scored attempt can give feedback and only an attempt
 * in progress can take answers.
 *
 * <p>Time-limit policy: a response recorded after the deadline is kept in the record and
 * flagged late but never counted; the answer that counts for a question is its last on-time
 * response. Submission after the deadline is accepted and scored on the on-time answers.
 *
 * @since 0.1
 */
public sealed interface Attempt permits InProgressAttempt, SubmittedAttempt, ScoredAttempt {

    /** Who, which quiz, which variant, when. */
    AttemptHeader header();

    /** Every recorded response, oldest first, late ones included. */
    List<Response> responses();

    /** The answers that count: per question, the last on-time response, unless it cleared the answer. */
    default Map<QuestionRef, Answer> countedAnswers() {
        return Responses.counted(header(), responses());
    }

    /** True when the response came after the time limit. */
    default boolean isLate(Response r) {
        return header().isLate(r.at());
    }
}
