package org.securebase.model.question;

/**
 * An operation over every question type, one method a type. Dispatch through
 * {@link Question#accept(QuestionVisitor)} instead of {@code instanceof} chains: when a type
 * joins the family, every visitor fails to compile until it handles the new type.
 *
 * @param <R> what the operation returns ({@link Void} for none)
 * @since 0.2
 */
public interface QuestionVisitor<R> {

    /** The operation on a single-choice question. */
    R singleChoice(SingleChoice question);

    /** The operation on a multiple-response question. */
    R multipleResponse(MultipleResponse question);

    /** The operation on an ordering question. */
    R ordering(Ordering question);

    /** The operation on a matching question. */
    R matching(Matching question);

    /**
     * The operation on an open-response question.
     *
     * @since 0.3
     */
    R openResponse(OpenResponse question);
}
