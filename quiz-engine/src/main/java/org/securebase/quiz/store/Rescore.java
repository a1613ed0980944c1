package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A rescore to apply: one question of one quiz was voided or re-keyed, and these submitted
 * attempts get new marks and scores. Applied with its audit record in one transaction.
 *
 * @param quizId the quiz whose question changed
 * @param question the question voided or re-keyed
 * @param kind void or re-key
 * @param oldKey the key before, as the engine writes it
 * @param newKey the key after; null for a void
 * @param reason why, in the instructor's words
 * @param appliedAt when the rescore is applied
 * @param attempts the new marks and score of every attempt whose score or marks change
 * @since 0.1
 */
public record Rescore(String quizId, QuestionRef question, RescoreKind kind, String oldKey, String newKey,
        String reason, Instant appliedAt, List<AttemptRescore> attempts) {

    /** Checks every part: a re-key names a new key, a void does not; each attempt at most once. */
    public Rescore {
        Values.key(quizId, "quiz id of a rescore");
        Checks.present(question, "question of a rescore");
        Checks.present(kind, "kind of the rescore of " + question);
        Values.present(oldKey, "old key of " + question);
        if (kind == RescoreKind.REKEY && newKey == null) {
            throw new ModelException("re-keying " + question + " needs the new key");
        }
        if (kind == RescoreKind.VOID && newKey != null) {
            throw new ModelException("voiding " + question + " takes no new key, was '" + newKey + "'");
        }
        Values.text(reason, "reason for the rescore of " + question);
        appliedAt = Values.time(appliedAt, "time of the rescore of " + question);
        attempts = Checks.list(attempts, "attempts of the rescore of " + question);
        Long twice = Checks.firstDuplicate(attempts.stream().map(AttemptRescore::attemptId).toList());
        if (twice != null) {
            throw new ModelException("the rescore of " + question + " names attempt " + twice + " twice");
        }
    }
}
