package org.securebase.usecase;

import org.securebase.model.DomainException;
/**
 * A use case refused what it was given (an output that exists, a missing database, an unknown
 * trainee): the message says what was wrong and what to do; nothing was changed. Interfaces
 * report it as bad input (exit code 1 on the command line).
 *
 * @since 0.3
 */
public final class Refusal extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, which file or value, what to do */
    public Refusal(String message) {
        super(Kind.REFUSED, message, null);
    }

    /**
     * @param message what went wrong, which file or value, what to do
     * @param cause the underlying failure
     */
    public Refusal(String message, Throwable cause) {
        super(Kind.REFUSED, message, cause);
    }
}
