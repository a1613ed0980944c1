package org.securebase.export.verification;

import org.securebase.model.DomainException;
/**
 * Thrown when a key file or an encoded value cannot be used: the message names the file or
 * value and what to do.
 *
 * @since 0.1
 */
public final class VerificationException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file or value */
    public VerificationException(String message) {
        super(Kind.INVALID, message, null);
    }

    /**
     * @param message what is wrong, naming the file or value
     * @param cause the underlying failure
     */
    public VerificationException(String message, Throwable cause) {
        super(Kind.INVALID, message, cause);
    }
}
