package org.securebase.model.question;

import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * One level of a rubric criterion: the points a grader awards when the answer reaches it, and
 * the descriptor saying what an answer at this level does (for example "names the fear under the
 * anger"). Descriptors keep graders consistent; lint warns when one is missing.
 *
 * @param points awarded at this level, at least 0
 * @param descriptor what an answer at this level does, or null when not written
 * @since 0.3
 */
public record RubricLevel(int points, String descriptor) {

    /** Requires points of 0 or more; a blank descriptor counts as none. */
    public RubricLevel {
        if (points < 0) {
            throw new ModelException("points of a rubric level must be ≥ 0, was " + points);
        }
        descriptor = Checks.optionalText(descriptor);
    }

    /** Whether the level says what an answer at it does. */
    public boolean described() {
        return descriptor != null;
    }
}
