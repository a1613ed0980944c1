package org.securebase.quiz.delivery;

/**
 * An operation over every kind of {@link DeliveredQuestion}, one method a kind, so a new kind
 * fails to compile wherever a delivered question is shown or read.
 *
 * @param <R> what the operation returns
 * @since 0.2
 */
public interface DeliveredQuestionVisitor<R> {

    /** The operation on a single-choice or multiple-response question. */
    R choice(DeliveredQuestion.Choice question);

    /** The operation on an ordering task. */
    R ordering(DeliveredQuestion.OrderingTask question);

    /** The operation on a matching task. */
    R matching(DeliveredQuestion.MatchingTask question);

    /**
     * The operation on an open response the trainee writes.
     *
     * @since 0.3
     */
    R writing(DeliveredQuestion.WritingTask question);
}
