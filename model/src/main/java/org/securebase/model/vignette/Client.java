package org.securebase.model.vignette;

import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A person in the vignette who is not the therapist.
 *
 * @param id how transcript turns name the speaker; never {@code therapist}
 * @param name the name shown to trainees
 * @param age age in years, or null when not given
 * @param pronouns e.g. {@code she/her}, or null
 * @param role free text such as {@code partner}, {@code parent}, {@code adolescent}; or null
 * @since 0.1
 */
public record Client(String id, String name, Integer age, String pronouns, String role) {

    /** Requires an id other than {@code therapist}, a name, and a plausible age. */
    public Client {
        Checks.id(id, "client id");
        if (Turn.THERAPIST.equals(id)) {
            throw new ModelException("a client cannot have the id 'therapist': that name is kept for the therapist's turns");
        }
        name = Checks.text(name, "name of client " + id);
        if (age != null && (age < 0 || age > 120)) {
            throw new ModelException("age of client " + id + " must be between 0 and 120, was " + age);
        }
        pronouns = Checks.optionalText(pronouns);
        role = Checks.optionalText(role);
    }
}
