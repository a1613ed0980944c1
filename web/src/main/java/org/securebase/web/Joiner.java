package org.securebase.web;

import org.securebase.model.Checks;

/**
 * A trainee as they join: their id (from the roster, or made by the server), their name and the
 * optional details a certificate may need.
 *
 * @param id the trainee id
 * @param name the name printed on reports and certificates
 * @param email optional, null when not given
 * @param licenceNumber optional, null when not given
 * @since 0.2
 */
public record Joiner(String id, String name, String email, String licenceNumber) {
    /** Requires an id and a name; blank optional details become null. */
    public Joiner {
        id = Checks.text(id, "trainee id");
        name = Checks.text(name, "trainee name");
        email = Checks.optionalText(email);
        licenceNumber = Checks.optionalText(licenceNumber);
    }
}
