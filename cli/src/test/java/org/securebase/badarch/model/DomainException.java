package org.securebase.badarch.model;

/** The base the bad class set's failures should share; {@link org.securebase.badarch.quiz.LostException} does not. */
public abstract class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
