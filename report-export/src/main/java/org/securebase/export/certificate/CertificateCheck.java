package org.securebase.export.certificate;

import java.util.Optional;
import org.securebase.export.verification.SignedFields;

/**
 * The result of checking a certificate PDF offline: valid, or the first check that failed and
 * why, and what was learnt about revocation.
 *
 * @param outcome valid or the failed check
 * @param detail one sentence for a person: what was checked and what was found
 * @param fields the signed fields when they could be read, else null
 * @param revocation whether revocation was checked, and what it found
 * @since 0.1
 */
public record CertificateCheck(Outcome outcome, String detail, SignedFields fields, Revocation revocation) {

    /** Requires an outcome, a detail and a revocation status. */
    public CertificateCheck {
        if (outcome == null || detail == null || revocation == null) {
            throw new IllegalArgumentException("a certificate check needs an outcome, a detail and a revocation status");
        }
    }

    CertificateCheck(Outcome outcome, String detail, SignedFields fields) {
        this(outcome, detail, fields, Revocation.NOT_CHECKED);
    }

    /**
     * What a check found, in the order the checks run.
     *
     * @since 0.1
     */
    public enum Outcome {
        /** The file is not a readable PDF. */
        NOT_A_PDF,
        /** The PDF carries no SecureBase signature. */
        NO_SIGNATURE,
        /** The signature, signed fields or seal are present but malformed. */
        MALFORMED,
        /** The file was signed by another key than the ones given. */
        WRONG_KEY,
        /** The file's bytes are not exactly the ones signed: edited, truncated, or updated after signing. */
        ALTERED,
        /** The seal over the signed fields does not match them. */
        FIELDS_CHANGED,
        /** The text on the page is not exactly what the signed fields say. */
        TEXT_DIFFERS,
        /** A certificate of SecureBase 0.1: its seal covers the fields only, not the file. */
        FIELDS_ONLY,
        /** The signature holds, but the sponsor has revoked the certificate. */
        REVOKED,
        /** Every check passed. */
        VALID
    }

    /**
     * Whether a check looked for revocation.
     *
     * @since 0.2
     */
    public enum Revocation {
        /** No revocation list or store was given: the certificate may have been revoked. */
        NOT_CHECKED,
        /** The list or store given does not revoke it. */
        NOT_REVOKED,
        /** The list or store given revokes it. */
        REVOKED
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
