package org.securebase.usecase;

import org.securebase.model.Checks;
import org.securebase.quiz.results.ExtraTime;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.results.Sittings;

/**
 * Gives one trainee's attempt in progress more time, as an instructor does from the workshop's
 * dashboard: the grant is stored with who gave it and when, and from then on every answer and the
 * submission of that attempt are timed against the new deadline, in the browser and in
 * {@code take} alike, after a restart too. Obtained from {@link DeliverAttempt#extendTime()}, so it
 * writes through the delivery's open store.
 *
 * @since 0.4
 */
public final class ExtendTime {
    /** The most minutes one grant adds ({@link ExtraTime#MAX_MINUTES}), for a form's bound. */
    public static final int MAX_MINUTES = ExtraTime.MAX_MINUTES;

    private final Sittings sittings;

    ExtendTime(Sittings sittings) {
        this.sittings = Checks.present(sittings, "sittings");
    }

    /**
     * @param quizId a frozen quiz with a time limit
     * @param traineeId a trainee with an attempt in progress at it
     * @param minutes the minutes to add, 1 to {@value ExtraTime#MAX_MINUTES}
     * @param grantedBy who grants them
     * @return the trainee's sitting with the new deadline
     * @throws org.securebase.model.ModelException when the minutes are out of range or the quiz has no time limit
     * @throws org.securebase.quiz.store.StoreException (refused) when the trainee has no attempt in progress
     */
    public Sitting grant(String quizId, String traineeId, int minutes, String grantedBy) {
        return sittings.extend(quizId, traineeId, new ExtraTime(minutes, grantedBy));
    }
}
