package org.securebase.model.question;

import org.securebase.model.Checks;

/**
 * A correct left-to-right match of a matching question.
 *
 * @param left the prompt on the left
 * @param right its match on the right
 * @since 0.1
 */
public record MatchPair(String left, String right) {

    /** Requires both sides. */
    public MatchPair {
        left = Checks.text(left, "left side of a pair");
        right = Checks.text(right, "right side of a pair");
    }
}
