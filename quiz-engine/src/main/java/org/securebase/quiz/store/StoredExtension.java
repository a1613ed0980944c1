package org.securebase.quiz.store;

import java.time.Instant;
import org.securebase.model.ModelException;

/**
 * One grant of more time to an open attempt, as the store keeps it: the attempt's time limit runs
 * to the quiz's limit plus the minutes of all its grants. Kept so a restarted server, or another
 * server on the same database, honours it, and so who gave whom how much more time stays on record.
 *
 * @param attemptId the attempt granted more time
 * @param number 1 for the attempt's first grant, 2 for the next, …
 * @param minutes the minutes added, at least 1
 * @param grantedBy who granted them (the instructor, as the interface names them)
 * @param grantedAt when
 * @since 0.4
 */
public record StoredExtension(long attemptId, int number, int minutes, String grantedBy, Instant grantedAt) {

    /** Checks every part. */
    public StoredExtension {
        if (number < 1) {
            throw new ModelException("number of a time extension of attempt " + attemptId + " must be ≥ 1, was " + number);
        }
        if (minutes < 1) {
            throw new ModelException("a time extension of attempt " + attemptId + " must add at least 1 minute, was "
                    + minutes);
        }
        grantedBy = Values.key(grantedBy, "who grants a time extension of attempt " + attemptId);
        grantedAt = Values.time(grantedAt, "time of a time extension of attempt " + attemptId);
    }
}
