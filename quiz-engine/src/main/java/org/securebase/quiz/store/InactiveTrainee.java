package org.securebase.quiz.store;

import java.time.Instant;

/**
 * A trainee the retention rule would erase: no activity recorded since the cut-off.
 *
 * @param traineeId the trainee's id
 * @param lastActivity their last attempt started or submitted, or certificate issued; null when they have none
 * @param attempts how many attempts they made
 * @since 0.5
 */
public record InactiveTrainee(String traineeId, Instant lastActivity, int attempts) {

    /** Requires the id; the count is never negative. */
    public InactiveTrainee {
        Values.key(traineeId, "id of an inactive trainee");
        if (attempts < 0) {
            throw new org.securebase.model.ModelException("attempts of trainee " + traineeId + " must be >= 0, was "
                    + attempts);
        }
    }
}
