package org.securebase.export.verification;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signature with the id of the key that made it: what a document carries so anyone with the
 * public key can check it. Printed as the compact verification string
 * {@code SB1:<key id>:<signature in base64url>}.
 *
 * @param keyId the signing key's id, 16 hex digits
 * @param signature the Ed25519 signature, 64 bytes
 * @since 0.1
 */
public record Seal(String keyId, byte[] signature) {
    private static final Pattern STRING = Pattern.compile("SB1:([0-9a-f]{16}):([A-Za-z0-9_-]{86})");

    /** Requires a 16-hex-digit key id and a 64-byte signature. */
    public Seal {
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            throw new VerificationException("a key id is 16 lower-case hex digits, was '" + keyId + "'");
        }
        if (signature == null || signature.length != 64) {
            throw new VerificationException("an Ed25519 signature is 64 bytes, was "
                    + (signature == null ? "missing" : signature.length + " bytes"));
        }
        signature = signature.clone();
    }

    /** Signs the fields. */
    public static Seal sign(SigningKey key, SignedFields fields) {
        return new Seal(key.verifyingKey().keyId(), key.sign(fields));
    }

    /**
     * Reads a verification string.
     *
     * @throws VerificationException when it is not {@code SB1:<16 hex>:<86 base64url>}
     */
    public static Seal parse(String text) {
        Matcher m = STRING.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new VerificationException("a verification string looks like 'SB1:<16 hex digits>:<86 characters>', was '"
                    + text + "'");
        }
        return new Seal(m.group(1), Base64.getUrlDecoder().decode(m.group(2)));
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The compact verification string. */
    public String verificationString() {
        return "SB1:" + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The short typed code derived from the signature. */
    public String code() {
        return VerificationCode.of(signature);
    }

    /** True when the key is the one that made this seal and the signature covers the fields. */
    public boolean verifies(VerifyingKey key, SignedFields fields) {
        return key.keyId().equals(keyId) && key.verifies(fields, signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seal s && s.keyId.equals(keyId) && java.util.Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode() * 31 + java.util.Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return verificationString();
    }
}
