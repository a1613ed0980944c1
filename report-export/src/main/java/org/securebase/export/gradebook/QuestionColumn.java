package org.securebase.export.gradebook;

import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * A question as a gradebook column.
 *
 * @param ref the question's reference
 * @param label the short column heading, e.g. {@code Q3}
 * @param maxPoints what the question is worth
 * @since 0.1
 */
public record QuestionColumn(QuestionRef ref, String label, int maxPoints) {

    /** Requires a reference, a label and points ≥ 0. */
    public QuestionColumn {
        Checks.present(ref, "question of a gradebook column");
        label = Checks.text(label, "label of gradebook column " + ref);
        Checks.notNegative(maxPoints, "points of gradebook column " + ref);
    }
}
