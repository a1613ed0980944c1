package org.securebase.export.certificate;

import org.securebase.export.typeset.Text;
import org.securebase.model.Checks;

/**
 * The person a certificate is issued to, as their licensing board knows them.
 *
 * @param id the trainee's id in the result store
 * @param name the full name as it should print, in any script
 * @param licenceNumber their professional licence number, or null
 * @param jurisdiction the state, province or country that issued the licence, or null
 * @since 0.1
 */
public record Trainee(String id, String name, String licenceNumber, String jurisdiction) {

    /** Requires an id and a name; text is NFC-normalised and whitespace folded. */
    public Trainee {
        id = Checks.text(id, "trainee id");
        name = Text.clean(Checks.text(name, "name of trainee " + id));
        licenceNumber = Text.clean(Checks.optionalText(licenceNumber));
        jurisdiction = Text.clean(Checks.optionalText(jurisdiction));
    }

    /** A trainee without licence details. */
    public static Trainee of(String id, String name) {
        return new Trainee(id, name, null, null);
    }
}
