package org.securebase.quiz.results;

import org.securebase.model.ModelException;

/**
 * More time an instructor gives one trainee's attempt in progress (a late arrival, a phone that
 * died, an accommodation): added to the quiz's time limit for that attempt alone. Bounded, so a
 * slip of the keyboard cannot leave an attempt open for days.
 *
 * @param minutes the minutes to add, 1 to {@value #MAX_MINUTES}
 * @param grantedBy who grants them, as the store records it
 * @since 0.4
 */
public record ExtraTime(int minutes, String grantedBy) {
    /** The most minutes one grant adds. */
    public static final int MAX_MINUTES = 120;

    /** Requires minutes in range and a name for who grants them. */
    public ExtraTime {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new ModelException("extra time must be between 1 and " + MAX_MINUTES + " minutes, was " + minutes);
        }
        if (grantedBy == null || grantedBy.isBlank()) {
            throw new ModelException("extra time needs who grants it");
        }
    }
}
