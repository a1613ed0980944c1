package org.securebase.model.course;

import org.securebase.model.Checks;

/**
 * The instructor who signs the certificate.
 *
 * @param name the instructor's name
 * @param credentials e.g. {@code PhD, LMFT}, or null
 * @since 0.1
 */
public record Instructor(String name, String credentials) {

    /** Requires a name. */
    public Instructor {
        name = Checks.text(name, "instructor name");
        credentials = Checks.optionalText(credentials);
    }
}
