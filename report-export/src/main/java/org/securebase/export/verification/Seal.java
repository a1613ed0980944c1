package org.securebase.export.verification;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.export.verification.VerifyingKey.KeyType;

/**
 * A signature over a document's signed fields with the id of the key that made it, printed as
 * the compact verification string {@code SB2:<key id>:<signature in base64url>} (ECDSA P-256,
 * r || s) or, on certificates of version 0.1, {@code SB1:...} (Ed25519). Both signatures are 64
 * bytes; the short lookup code is derived from them.
 *
 * @param type the kind of key that made it
 * @param keyId the signing key's id, 16 hex digits
 * @param signature the signature, 64 bytes
 * @since 0.1
 */
public record Seal(KeyType type, String keyId, byte[] signature) {
    private static final Pattern STRING = Pattern.compile("(SB[12]):([0-9a-f]{16}):([A-Za-z0-9_-]{86})");

    /** Requires a type, a 16-hex-digit key id and a 64-byte signature. */
    public Seal {
        if (type == null) {
            throw new VerificationException("a seal needs the type of its key");
        }
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            throw new VerificationException("a key id is 16 lower-case hex digits, was '" + keyId + "'");
        }
        if (signature == null || signature.length != 64) {
            throw new VerificationException("a seal's signature is 64 bytes, was "
                    + (signature == null ? "missing" : signature.length + " bytes"));
        }
        signature = signature.clone();
    }

    /** Signs the fields. */
    public static Seal sign(SigningKey key, SignedFields fields) {
        return new Seal(key.verifyingKey().type(), key.verifyingKey().keyId(), key.sign(fields));
    }

    /**
     * Reads a verification string.
     *
     * @throws VerificationException when it is not {@code SB1|SB2:<16 hex>:<86 base64url>}
     */
    public static Seal parse(String text) {
        Matcher m = STRING.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new VerificationException("a verification string looks like 'SB2:<16 hex digits>:<86 characters>', was '"
                    + text + "'");
        }
        KeyType type = KeyType.P256.sealPrefix().equals(m.group(1)) ? KeyType.P256 : KeyType.ED25519;
        return new Seal(type, m.group(2), Base64.getUrlDecoder().decode(m.group(3)));
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The compact verification string. */
    public String verificationString() {
        return type.sealPrefix() + ":" + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The short typed code derived from the signature. */
    public String code() {
        return VerificationCode.of(signature);
    }

    /** True when the key is the one that made this seal and the signature covers the fields. */
    public boolean verifies(VerifyingKey key, SignedFields fields) {
        return key.keyId().equals(keyId) && key.type() == type && key.verifies(fields, signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seal s && s.type == type && s.keyId.equals(keyId) && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode() * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return verificationString();
    }
}
