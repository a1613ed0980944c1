package org.securebase.quiz.store;

import org.securebase.model.ModelException;

/**
 * The score of a submitted attempt as the engine computed it.
 *
 * @param points the points earned, 0 ≤ points ≤ max
 * @param max the points available, more than 0
 * @param percent the percentage the engine reports, 0 to 100
 * @param passed whether the attempt reached the pass mark
 * @since 0.1
 */
public record StoredScore(double points, double max, double percent, boolean passed) {

    /** Checks the ranges. */
    public StoredScore {
        Values.points(points, "score");
        Values.points(max, "maximum score");
        if (max == 0) {
            throw new ModelException("maximum score must be more than 0, was 0");
        }
        if (points > max) {
            throw new ModelException("score must be ≤ maximum " + max + ", was " + points);
        }
        if (!Double.isFinite(percent) || percent < 0 || percent > 100) {
            throw new ModelException("percent must be between 0 and 100, was " + percent);
        }
    }

    /**
     * A score whose percent is {@code 100 × points / max}, unrounded (but never above 100 through
     * floating-point error).
     *
     * @param points the points earned
     * @param max the points available
     * @param passed whether the attempt passed
     * @return the score
     */
    public static StoredScore of(double points, double max, boolean passed) {
        return new StoredScore(points, max, max > 0 ? Math.min(100, 100.0 * points / max) : 0, passed);
    }
}
