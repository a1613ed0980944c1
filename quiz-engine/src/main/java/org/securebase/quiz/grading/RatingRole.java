package org.securebase.quiz.grading;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * Which rating of an answer a rating is: the first grader's, a second grader's (the share drawn
 * to measure agreement), or a third that resolves a disagreement between the two.
 *
 * @since 0.3
 */
public enum RatingRole {
    FIRST("first"),
    SECOND("second"),
    THIRD("third");

    private final String text;

    RatingRole(String text) {
        this.text = text;
    }

    /** The name stored and printed. */
    public String text() {
        return text;
    }

    /** Parses the stored name. */
    public static RatingRole of(String text) {
        return Arrays.stream(values()).filter(r -> r.text.equals(text)).findFirst()
                .orElseThrow(() -> new ModelException("a rating role must be first, second or third, was '" + text + "'"));
    }
}
