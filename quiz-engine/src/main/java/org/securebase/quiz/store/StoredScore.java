package org.securebase.quiz.store;

import org.securebase.model.ModelException;

/**
 * The score of a submitted attempt as the engine computed it.
 *
 * @param points the points earned, 0 ≤ points ≤ max
 * @param max the points available, more than 0
 * @param percent the percentage the engine reports, 0 to 100
 * @param passed whether the attempt passed; false while it awaits grading
 * @param awaitingGrading true while an open answer of the attempt has no mark: the score is
 *     provisional and the attempt neither passed nor failed (decision 0140)
 * @since 0.1
 */
public record StoredScore(double points, double max, double percent, boolean passed, boolean awaitingGrading) {

    /**
     * A final score: not awaiting grading.
     *
     * @param points the points earned
     * @param max the points available
     * @param percent the percentage
     * @param passed whether the attempt passed
     */
    public StoredScore(double points, double max, double percent, boolean passed) {
        this(points, max, percent, passed, false);
    }

    /** Checks the ranges; an attempt awaiting grading has not passed. */
    public StoredScore {
        if (awaitingGrading && passed) {
            throw new ModelException("a score awaiting grading cannot have passed");
        }
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
        return new StoredScore(points, max, percent(points, max), passed, false);
    }

    /**
     * A provisional score: an open answer awaits grading, so the attempt is neither passed nor failed.
     *
     * @param points the points earned so far
     * @param max the points available
     * @return the score
     * @since 0.3
     */
    public static StoredScore awaiting(double points, double max) {
        return new StoredScore(points, max, percent(points, max), false, true);
    }

    private static double percent(double points, double max) {
        return max > 0 ? Math.min(100, 100.0 * points / max) : 0;
    }

    /**
     * What the score says: {@code pass}, {@code fail} or {@code pending}.
     *
     * @return the verdict's word
     * @since 0.3
     */
    public String verdict() {
        return awaitingGrading ? "pending" : passed ? "pass" : "fail";
    }
}
