package org.securebase.export.lms;

import org.securebase.model.DomainException;
/**
 * A gradebook file from an LMS that cannot be used: not CSV, or missing a column its importer needs.
 *
 * @since 0.2
 */
public final class LmsFileException extends DomainException {
    private static final long serialVersionUID = 1L;

    /** A problem with its one-line reason. */
    public LmsFileException(String message) {
        super(Kind.INVALID, message, null);
    }
}
