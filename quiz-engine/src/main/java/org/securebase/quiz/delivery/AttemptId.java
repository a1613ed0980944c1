package org.securebase.quiz.delivery;

import org.securebase.model.ModelException;

/**
 * The id the result store gave an attempt: a positive number, unique in the store. An attempt
 * that is not stored (scored in memory, or about to be recorded) has none, and its header says
 * so with an empty {@link java.util.Optional}; no sentinel text stands in for it.
 *
 * @param value the store's number for the attempt, at least 1
 * @since 0.3
 */
public record AttemptId(long value) {

    /** Requires a positive value. */
    public AttemptId {
        if (value < 1) {
            throw new ModelException("an attempt id must be at least 1, was " + value);
        }
    }

    /**
     * @param value the store's number for the attempt
     * @return the id
     */
    public static AttemptId of(long value) {
        return new AttemptId(value);
    }

    /** @return the number, as the store and every message show it */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
