package org.securebase.model.question;

/**
 * How many lines of writing space an open answer gets, on paper and in an LMS's answer box:
 * one line for every {@value #CHARACTERS_PER_LINE} characters of its maximum length (about what a
 * handwritten line holds), at least {@value #FEWEST} and at most {@value #MOST}; {@value #UNLIMITED}
 * when the question sets no limit. One rule, so a handout and an export leave the same room.
 *
 * @since 0.3
 */
public final class AnswerSpace {
    /** Characters a handwritten line holds. */
    public static final int CHARACTERS_PER_LINE = 60;
    /** The fewest lines given. */
    public static final int FEWEST = 3;
    /** The most lines given. */
    public static final int MOST = 40;
    /** Lines given when the question sets no maximum length. */
    public static final int UNLIMITED = 12;

    private AnswerSpace() {
    }

    /** The lines of space for the question's answer. */
    public static int lines(OpenResponse q) {
        return q.limit().map(n -> Math.max(FEWEST, Math.min(MOST, (n + CHARACTERS_PER_LINE - 1) / CHARACTERS_PER_LINE)))
                .orElse(UNLIMITED);
    }
}
