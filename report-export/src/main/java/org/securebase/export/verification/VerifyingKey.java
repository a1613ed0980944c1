package org.securebase.export.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * A sponsor's published Ed25519 public key: all anyone needs to check a certificate offline.
 * Its key id (the first 8 bytes of the SHA-256 of the key's X.509 encoding, in hex) is
 * embedded with every signature so a check can tell a wrong key from altered fields.
 *
 * @since 0.1
 */
public final class VerifyingKey {
    static final String PEM_LABEL = "PUBLIC KEY";
    private final PublicKey key;
    private final String keyId;

    VerifyingKey(PublicKey key) {
        if (!"Ed25519".equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
            throw new VerificationException("a verifying key must be Ed25519, was " + key.getAlgorithm());
        }
        this.key = key;
        this.keyId = idOf(key.getEncoded());
    }

    /**
     * Reads a PEM public key ({@code -----BEGIN PUBLIC KEY-----}).
     *
     * @throws VerificationException when the text is not an Ed25519 public key
     */
    public static VerifyingKey fromPem(String pem) {
        return fromPem(pem, "the public key");
    }

    /**
     * Reads a PEM public key file.
     *
     * @throws VerificationException when the file cannot be read or is not an Ed25519 public key
     */
    public static VerifyingKey read(Path file) {
        try {
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII), "the public key file " + file);
        } catch (IOException e) {
            throw new VerificationException("cannot read the public key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static VerifyingKey fromPem(String pem, String where) {
        byte[] der = Pem.decode(PEM_LABEL, pem, where);
        try {
            return new VerifyingKey(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new VerificationException(where + " is not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** The key id: 16 hex digits. */
    public String keyId() {
        return keyId;
    }

    /** The key as PEM text, for the sponsor to publish. */
    public String toPem() {
        return Pem.encode(PEM_LABEL, key.getEncoded());
    }

    /** True when the signature over these fields' canonical bytes was made with the matching private key. */
    public boolean verifies(SignedFields fields, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(fields.canonical());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String idOf(byte[] encoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("SHA-256 is not available in this JDK", e);
        }
    }
}
