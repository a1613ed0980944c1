package org.securebase.quiz.store;

/**
 * Thrown when the result store refuses a request or cannot be used; the message names the
 * store file or the offending value and says what to do.
 *
 * @since 0.1
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Why the store failed, so a caller can choose an exit code.
     *
     * @since 0.1
     */
    public enum Kind {
        /** The request conflicts with what is stored (unknown trainee, duplicate number, ...); nothing was changed. */
        REFUSED,
        /** The file is not a result store this code can use (not a database, newer schema, damaged). */
        INCOMPATIBLE,
        /** The store could not be reached or stayed busy; nothing was changed, trying again may work. */
        UNAVAILABLE
    }

    private final Kind kind;

    /**
     * @param kind why it failed
     * @param message what is wrong, with the offending value
     */
    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * @param kind why it failed
     * @param message what is wrong, with the offending value
     * @param cause the underlying failure
     */
    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** @return why the store failed */
    public Kind kind() {
        return kind;
    }

    static StoreException refused(String message) {
        return new StoreException(Kind.REFUSED, message);
    }
}
