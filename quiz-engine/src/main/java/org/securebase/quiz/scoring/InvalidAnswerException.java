package org.securebase.quiz.scoring;

import org.securebase.model.DomainException;
/**
 * Thrown when an answer does not fit its question (a position that does not exist, two choices
 * for a single-choice question, an order that leaves an item out); the message names the question
 * and the offending value.
 *
 * @since 0.1
 */
public final class InvalidAnswerException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message the question and what is wrong with the answer */
    public InvalidAnswerException(String message) {
        super(Kind.INVALID, message, null);
    }
}
