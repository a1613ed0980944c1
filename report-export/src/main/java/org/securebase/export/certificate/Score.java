package org.securebase.export.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A trainee's quiz score: points earned out of the maximum.
 *
 * @param points earned, 0 to max
 * @param max the most that could be earned, more than 0
 * @since 0.1
 */
public record Score(BigDecimal points, BigDecimal max) {

    /** Requires 0 ≤ points ≤ max and max &gt; 0. */
    public Score {
        Checks.present(points, "score points");
        Checks.present(max, "score maximum");
        if (max.signum() <= 0) {
            throw new ModelException("score maximum must be more than 0, was " + max.toPlainString());
        }
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new ModelException("score must be between 0 and " + max.toPlainString() + ", was "
                    + points.toPlainString());
        }
    }

    /** The score as a whole percentage, rounded half up. */
    public int percent() {
        return points.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
    }
}
