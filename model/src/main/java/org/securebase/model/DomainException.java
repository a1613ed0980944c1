package org.securebase.model;

/**
 * The one base of every failure the kit reports to a user as their problem rather than its own:
 * a wrong value, a request the store refuses, a store that cannot be reached. It carries which of
 * these it is, so that an interface maps it to its own answer in one place (an exit code on the
 * command line, a status in the browser) without knowing every exception type; anything that is
 * not a {@code DomainException} is an internal error.
 *
 * @since 0.4
 */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Whose move it is after the failure.
     *
     * @since 0.4
     */
    public enum Kind {
        /** The input is wrong (a value, a file, a reference); correcting it will help. */
        INVALID,
        /** The input is well formed but conflicts with what is stored; nothing was changed. */
        REFUSED,
        /** A file or store is not one this code can use (not a database, a newer schema, damaged). */
        INCOMPATIBLE,
        /** A resource stayed busy or could not be reached; nothing was changed, trying again may work. */
        UNAVAILABLE
    }

    private final Kind kind;

    /**
     * @param kind whose move it is
     * @param message what is wrong, naming the offending value, in words a user understands
     * @param cause the underlying failure, or {@code null}
     */
    protected DomainException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        if (kind == null) {
            throw new NullPointerException("kind");
        }
        this.kind = kind;
    }

    /** @return whose move it is after this failure */
    public final Kind kind() {
        return kind;
    }
}
