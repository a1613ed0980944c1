package org.securebase.quiz.store;

import java.time.Instant;
import org.securebase.model.ModelException;

/**
 * The audit record of a trainee erased at their request: the pseudonym their attempts and
 * certificates now name, when and why they were erased, and how much was re-labelled. The
 * erased id, name, e-mail and licence are kept nowhere.
 *
 * @param pseudonym the random id that replaced the trainee's id
 * @param erasedAt when the erasure was committed
 * @param reason why (the request it answers), as given
 * @param attempts how many attempts were re-labelled with the pseudonym
 * @param certificates how many certificates were re-labelled and had their printed fields removed
 * @since 0.5
 */
public record Erasure(String pseudonym, Instant erasedAt, String reason, int attempts, int certificates) {

    /** Requires every part; counts are never negative. */
    public Erasure {
        Values.key(pseudonym, "pseudonym of an erasure");
        erasedAt = Values.time(erasedAt, "time of erasure " + pseudonym);
        reason = Values.text(reason, "reason of erasure " + pseudonym).strip();
        if (attempts < 0 || certificates < 0) {
            throw new ModelException("counts of erasure " + pseudonym + " must be >= 0, were "
                    + attempts + " and " + certificates);
        }
    }
}
