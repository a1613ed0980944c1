package org.securebase.cli.support;

import org.securebase.model.DomainException;
/**
 * A failure caused by what the user gave (a missing file, broken XML, an unknown trainee):
 * printed as one line and exit code {@link ExitCodes#INPUT}, never as a stack trace.
 *
 * @since 0.1
 */
public final class UserError extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, which file or argument, what to do */
    public UserError(String message) {
        super(Kind.INVALID, message, null);
    }

    /**
     * @param message what went wrong, which file or argument, what to do
     * @param cause the underlying failure, shown with --verbose
     */
    public UserError(String message, Throwable cause) {
        super(Kind.INVALID, message, cause);
    }
}
