package org.securebase.model;

/**
 * Thrown when a model value cannot be right: the message says what is wrong in words an
 * instructor understands, naming the offending value.
 *
 * @since 0.1
 */
public class ModelException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, with the offending value */
    public ModelException(String message) {
        super(Kind.INVALID, message, null);
    }
}
