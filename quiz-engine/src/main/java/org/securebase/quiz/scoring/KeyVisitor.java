package org.securebase.quiz.scoring;

/**
 * An operation over every kind of {@link Key}, one method a kind. Dispatch through
 * {@link Key#accept(KeyVisitor)} instead of {@code instanceof} chains, so a new kind of key
 * fails to compile wherever it is not handled.
 *
 * @param <R> what the operation returns
 * @since 0.2
 */
public interface KeyVisitor<R> {

    /** The operation on the correct options of a choice question. */
    R choice(Key.Choice key);

    /** The operation on the correct order of an ordering question. */
    R order(Key.Order key);

    /** The operation on the correct pairs of a matching question. */
    R match(Key.Match key);

    /**
     * The operation on the key of an open response, which graders mark.
     *
     * @since 0.3
     */
    R graded(Key.Graded key);
}
