package org.securebase.scenarios.lint;

/**
 * What a lint rule found in one vignette: the question (and option) it concerns, and the advice.
 *
 * @param questionId the question concerned, or null for the vignette as a whole
 * @param option the 1-based option position concerned, or 0 for the whole question
 * @param message the advice, in plain language
 * @since 0.1
 */
public record Finding(String questionId, int option, String message) {

    /** A finding about the vignette as a whole. */
    public static Finding vignette(String message) {
        return new Finding(null, 0, message);
    }

    /** A finding about a question. */
    public static Finding question(String questionId, String message) {
        return new Finding(questionId, 0, message);
    }

    /** A finding about one option of a question. */
    public static Finding option(String questionId, int option, String message) {
        return new Finding(questionId, option, message);
    }
}
