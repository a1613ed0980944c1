package org.securebase.scenarios.xml.interchange.moodle;

import org.securebase.model.DomainException;
/**
 * A Moodle file that cannot be imported at all: not well-formed, hostile (a DOCTYPE, entities),
 * not Moodle XML, too large, or holding a fraction Moodle itself would reject. Nothing of it is
 * imported; the message says why in one line.
 *
 * @since 0.2
 */
public final class BankRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** A rejection with its one-line reason. */
    public BankRejectedException(String message) {
        super(Kind.INVALID, message, null);
    }
}
