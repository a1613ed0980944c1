package org.securebase.quiz.assembly;

import org.securebase.model.DomainException;
/**
 * Thrown when a library cannot give a blueprint what it asks for: a fixed question is missing,
 * or a section asks for more questions than match. The message names the section, what it asked
 * for and how many questions match, so the author knows whether to write questions or relax the
 * blueprint.
 *
 * @since 0.1
 */
public final class BlueprintNotSatisfiedException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** @param message the section, what it asked for and what the library has */
    public BlueprintNotSatisfiedException(String message) {
        super(Kind.INVALID, message, null);
    }
}
