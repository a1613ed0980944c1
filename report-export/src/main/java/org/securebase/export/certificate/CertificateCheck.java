package org.securebase.export.certificate;

import java.util.Optional;
import org.securebase.export.verification.SignedFields;

/**
 * The result of checking a certificate PDF offline: valid, or the first check that failed and
 * why.
 *
 * @param outcome valid or the failed check
 * @param detail one sentence for a person: what was checked and what was found
 * @param fields the signed fields when they could be read, else null
 * @since 0.1
 */
public record CertificateCheck(Outcome outcome, String detail, SignedFields fields) {

    /**
     * What a check found, in the order the checks run.
     *
     * @since 0.1
     */
    public enum Outcome {
        /** The file is not a readable PDF. */
        NOT_A_PDF,
        /** The PDF carries no signed fields or no seal. */
        NO_SIGNATURE,
        /** The signed fields or seal are present but malformed. */
        MALFORMED,
        /** The seal was made by another key than the one given. */
        WRONG_KEY,
        /** The signature does not cover the embedded fields: they were changed after signing. */
        FIELDS_CHANGED,
        /** The verification code printed on the page is not the one the signature gives. */
        CODE_MISMATCH,
        /** The text on the page does not show what the signed fields say. */
        TEXT_DIFFERS,
        /** Every check passed. */
        VALID
    }

    /** True when every check passed. */
    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    /** The signed fields, when they could be read. */
    public Optional<SignedFields> signedFields() {
        return Optional.ofNullable(fields);
    }
}
