package org.securebase.quiz.store;

import org.securebase.model.Checks;

/**
 * How a rescore changed one attempt's score, as kept in the audit record.
 *
 * @param attemptId the attempt
 * @param before its score before the rescore
 * @param after its score after the rescore
 * @since 0.1
 */
public record StoredScoreChange(long attemptId, StoredScore before, StoredScore after) {

    /** Requires both scores. */
    public StoredScoreChange {
        Checks.present(before, "old score of attempt " + attemptId);
        Checks.present(after, "new score of attempt " + attemptId);
    }
}
