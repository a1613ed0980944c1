package org.securebase.badarch.quiz;

/** Breaks: a failure a user sees that does not extend the one base, so no interface knows its kind. */
public class LostException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
}
