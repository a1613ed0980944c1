package org.securebase.quiz.store;

import org.securebase.model.DomainException;

/**
 * Thrown when the result store refuses a request or cannot be used; the message names the
 * store file or the offending value and says what to do. Its kind is one of
 * {@link DomainException.Kind#REFUSED}, {@link DomainException.Kind#INCOMPATIBLE} and
 * {@link DomainException.Kind#UNAVAILABLE}.
 *
 * @since 0.1
 */
public class StoreException extends DomainException {
    private static final long serialVersionUID = 1L;

    /**
     * @param kind why it failed
     * @param message what is wrong, with the offending value
     */
    public StoreException(Kind kind, String message) {
        super(kind, message, null);
    }

    /**
     * @param kind why it failed
     * @param message what is wrong, with the offending value
     * @param cause the underlying failure
     */
    public StoreException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    static StoreException refused(String message) {
        return new StoreException(Kind.REFUSED, message);
    }
}
