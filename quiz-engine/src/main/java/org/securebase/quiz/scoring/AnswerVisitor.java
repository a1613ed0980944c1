package org.securebase.quiz.scoring;

/**
 * An operation over every kind of {@link Answer}, one method a kind. Dispatch through
 * {@link Answer#accept(AnswerVisitor)} instead of {@code instanceof} chains, so a new kind of
 * answer fails to compile wherever it is not handled.
 *
 * @param <R> what the operation returns
 * @since 0.2
 */
public interface AnswerVisitor<R> {

    /** The operation on the options chosen. */
    R choice(Answer.Choice answer);

    /** The operation on an order of items. */
    R order(Answer.Order answer);

    /** The operation on matched pairs. */
    R match(Answer.Match answer);

    /**
     * The operation on an open answer.
     *
     * @since 0.3
     */
    R text(Answer.Text answer);
}
