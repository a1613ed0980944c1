package org.securebase.quiz.rekey;

import org.securebase.quiz.scoring.ScoreReport;

/**
 * One attempt's score before and after a key change.
 *
 * @param attemptId the attempt
 * @param traineeId whose attempt
 * @param oldEarned points earned before
 * @param oldPossible points possible before
 * @param oldPercent percent before
 * @param oldPassed pass before
 * @param newEarned points earned after
 * @param newPossible points possible after
 * @param newPercent percent after
 * @param newPassed pass after
 * @param awaitingGrading whether an open answer awaits grading, before and after alike (a key change
 *                        grades nothing): both scores are provisional, neither pass nor fail
 * @since 0.1
 */
public record ScoreChange(String attemptId, String traineeId, double oldEarned, int oldPossible, double oldPercent,
                          boolean oldPassed, double newEarned, int newPossible, double newPercent, boolean newPassed,
                          boolean awaitingGrading) {

    /** A change of a final score. */
    public ScoreChange(String attemptId, String traineeId, double oldEarned, int oldPossible, double oldPercent,
                       boolean oldPassed, double newEarned, int newPossible, double newPercent, boolean newPassed) {
        this(attemptId, traineeId, oldEarned, oldPossible, oldPercent, oldPassed, newEarned, newPossible, newPercent,
                newPassed, false);
    }

    /** The change between two reports of one attempt. */
    public static ScoreChange of(String attemptId, String traineeId, ScoreReport before, ScoreReport after) {
        return new ScoreChange(attemptId, traineeId, before.earned(), before.possible(), before.percent(), before.passed(),
                after.earned(), after.possible(), after.percent(), after.passed(), after.awaitingGrading());
    }

    /** True when the attempt passed before and fails now, or the other way round. */
    public boolean passFailChanged() {
        return oldPassed != newPassed;
    }

    /** True when anything about the score changed. */
    public boolean changed() {
        return passFailChanged() || oldPossible != newPossible || Math.abs(oldEarned - newEarned) > 1e-12;
    }
}
