package org.securebase.quiz.delivery;

import org.securebase.model.DomainException;
/**
 * Thrown when a trainee may not start another attempt: all allowed attempts are used, or one is
 * still in progress. The message says which.
 *
 * @since 0.1
 */
public final class NoAttemptsLeftException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message why no attempt can start */
    public NoAttemptsLeftException(String message) {
        super(Kind.REFUSED, message, null);
    }

    /**
     * @param message why no attempt can start
     * @param cause the store's refusal behind it
     * @since 0.3
     */
    public NoAttemptsLeftException(String message, Throwable cause) {
        super(Kind.REFUSED, message, cause);
    }
}
