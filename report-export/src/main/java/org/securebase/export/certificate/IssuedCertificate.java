package org.securebase.export.certificate;

import java.nio.file.Path;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;

/**
 * A certificate as issued: what the caller records in its store so the certificate can be
 * looked up by number or code and re-checked later.
 *
 * @param data what the certificate shows
 * @param fields the signed fields
 * @param seal the signature and key id
 * @param file where the PDF was written, or null when it went to a stream
 * @since 0.1
 */
public record IssuedCertificate(CertificateData data, SignedFields fields, Seal seal, Path file) {

    /** The certificate number. */
    public String number() {
        return data.number();
    }

    /** The short verification code printed on the certificate. */
    public String code() {
        return seal.code();
    }

    /** The compact verification string printed on the certificate. */
    public String verificationString() {
        return seal.verificationString();
    }
}
