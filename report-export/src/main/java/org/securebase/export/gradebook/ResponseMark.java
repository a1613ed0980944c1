package org.securebase.export.gradebook;

import java.math.BigDecimal;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A trainee's marks on one question.
 *
 * @param points earned, at least 0
 * @param max the question's points
 * @since 0.1
 */
public record ResponseMark(BigDecimal points, BigDecimal max) {

    /** Requires 0 ≤ points ≤ max. */
    public ResponseMark {
        Checks.present(points, "points of a response");
        Checks.present(max, "maximum of a response");
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new ModelException("points of a response must be between 0 and " + max.toPlainString() + ", was "
                    + points.toPlainString());
        }
    }

    /** Full marks. */
    public boolean right() {
        return points.compareTo(max) == 0;
    }

    /** No marks on a question that was worth some. */
    public boolean wrong() {
        return points.signum() == 0 && max.signum() > 0;
    }
}
