package org.securebase.quiz.analysis;

/**
 * A reason to look at a question again, with a stable name and the numbers behind it.
 *
 * @param name {@code too-easy}, {@code too-hard} or {@code does-not-discriminate}
 * @param reason the numbers and what they mean, for the instructor
 * @since 0.1
 */
public record Flag(String name, String reason) {
    /** Facility above this flags a question as too easy. */
    public static final double TOO_EASY_ABOVE = 0.9;
    /** Facility below this flags a question as too hard. */
    public static final double TOO_HARD_BELOW = 0.2;
    /** Discriminative efficiency below this (percent) flags a question as not discriminating. */
    public static final double EFFICIENCY_BELOW = 15;
}
