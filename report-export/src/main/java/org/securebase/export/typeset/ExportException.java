package org.securebase.export.typeset;

import org.securebase.model.DomainException;
/**
 * Thrown when an export cannot be written or read back: the message names the file or value
 * and what to do about it.
 *
 * @since 0.1
 */
public final class ExportException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the file or value */
    public ExportException(String message) {
        super(Kind.INVALID, message, null);
    }

    /**
     * @param message what went wrong, naming the file or value
     * @param cause the underlying failure
     */
    public ExportException(String message, Throwable cause) {
        super(Kind.INVALID, message, cause);
    }
}
