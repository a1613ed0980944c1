package org.securebase.export.gradebook;

import java.math.BigDecimal;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A trainee's marks on one question.
 *
 * @param points earned, at least 0
 * @param max the question's points
 * @param awaitingGrading true for an open answer no grader has marked yet (points 0 for now)
 * @since 0.1
 */
public record ResponseMark(BigDecimal points, BigDecimal max, boolean awaitingGrading) {

    /** A mark that is final. */
    public ResponseMark(BigDecimal points, BigDecimal max) {
        this(points, max, false);
    }

    /** Requires 0 ≤ points ≤ max. */
    public ResponseMark {
        Checks.present(points, "points of a response");
        Checks.present(max, "maximum of a response");
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new ModelException("points of a response must be between 0 and " + max.toPlainString() + ", was "
                    + points.toPlainString());
        }
        if (awaitingGrading && points.signum() != 0) {
            throw new ModelException("an answer awaiting grading has no points yet, was " + points.toPlainString());
        }
    }

    /** Full marks. */
    public boolean right() {
        return points.compareTo(max) == 0;
    }

    /** No marks on a question that was worth some (not an answer awaiting grading). */
    public boolean wrong() {
        return !awaitingGrading && points.signum() == 0 && max.signum() > 0;
    }
}
