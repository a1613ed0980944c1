package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * The audit record of an applied rescore: what changed, why, and each attempt's old and new
 * score and pass/fail.
 *
 * @param id the store's id for the rescore
 * @param quizId the quiz whose question changed
 * @param question the question voided or re-keyed
 * @param kind void or re-key
 * @param oldKey the key before
 * @param newKey the key after; null for a void
 * @param reason why
 * @param appliedAt when it was applied
 * @param changes each rescored attempt's old and new score
 * @since 0.1
 */
public record RescoreRecord(long id, String quizId, QuestionRef question, RescoreKind kind, String oldKey,
        String newKey, String reason, Instant appliedAt, List<StoredScoreChange> changes) {

    /** Copies the changes. */
    public RescoreRecord {
        changes = Checks.list(changes, "changes of rescore " + id);
    }
}
