package org.securebase.quiz.json;

import org.securebase.model.DomainException;
/**
 * Thrown when JSON text is malformed or does not have the shape the engine expects; the
 * message names the position or the member and the offending value.
 *
 * @since 0.1
 */
public final class JsonException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public JsonException(String message) {
        super(Kind.INVALID, message, null);
    }
}
