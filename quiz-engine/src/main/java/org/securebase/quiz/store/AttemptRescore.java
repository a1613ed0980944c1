package org.securebase.quiz.store;

import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * The new marks and score of one submitted attempt after a rescore; the store keeps the old
 * score in the audit record.
 *
 * @param attemptId the attempt rescored
 * @param marks the new mark of each response whose mark changed, by question
 * @param score the new score
 * @since 0.1
 */
public record AttemptRescore(long attemptId, Map<QuestionRef, Double> marks, StoredScore score) {

    /** Checks every part; marks are numbers ≥ 0. */
    public AttemptRescore {
        marks = Map.copyOf(Checks.present(marks, "marks of the rescore of attempt " + attemptId));
        marks.forEach((q, m) -> Values.points(m, "new mark of " + q + " in attempt " + attemptId));
        Checks.present(score, "new score of attempt " + attemptId);
    }
}
