package org.securebase.model.course;

import org.securebase.model.Checks;

/**
 * The organisation that offers the course and answers for its content.
 *
 * @param name the sponsor's name
 * @param providerNumber its provider approval number, or null
 * @param approvingBody the board or body that approved it as a provider, or null
 * @since 0.1
 */
public record Sponsor(String name, String providerNumber, String approvingBody) {

    /** Requires a name. */
    public Sponsor {
        name = Checks.text(name, "sponsor name");
        providerNumber = Checks.optionalText(providerNumber);
        approvingBody = Checks.optionalText(approvingBody);
    }
}
