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
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * One of a sponsor's published public keys: ECDSA P-256 for certificates issued since whole-file
 * PDF signatures (decision 0023), or the retired Ed25519 key of earlier versions. Its key id
 * (the first 8 bytes of the SHA-256 of the key's X.509 encoding, in hex) is embedded with every
 * signature so a check can tell a wrong key from altered fields.
 *
 * @since 0.1
 */
public final class VerifyingKey {
    static final String PEM_LABEL = "PUBLIC KEY";
    private static final int P256_FIELD_BITS = 256;
    private final PublicKey key;
    private final KeyType type;
    private final String keyId;

    VerifyingKey(PublicKey key) {
        this.type = typeOf(key);
        this.key = key;
        this.keyId = idOf(key.getEncoded());
    }

    /**
     * Reads the first PEM public key ({@code -----BEGIN PUBLIC KEY-----}) in the text.
     *
     * @throws VerificationException when the text is not a P-256 or Ed25519 public key
     */
    public static VerifyingKey fromPem(String pem) {
        return fromDer(Pem.decode(PEM_LABEL, pem, "the public key"), "the public key");
    }

    /**
     * Reads the first public key of a PEM file.
     *
     * @throws VerificationException when the file cannot be read or holds no usable public key
     */
    public static VerifyingKey read(Path file) {
        try {
            String where = "the public key file " + file;
            return fromDer(Pem.decode(PEM_LABEL, Files.readString(file, StandardCharsets.US_ASCII), where), where);
        } catch (IOException e) {
            throw new VerificationException("cannot read the public key file " + file + ": " + e.getMessage(), e);
        }
    }

    static VerifyingKey fromDer(byte[] der, String where) {
        for (String algorithm : new String[] {"EC", "Ed25519"}) {
            try {
                return new VerifyingKey(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException | VerificationException e) {
                // try the next algorithm
            }
        }
        throw new VerificationException(where + " is neither an ECDSA P-256 nor an Ed25519 public key");
    }

    private static KeyType typeOf(PublicKey key) {
        if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == P256_FIELD_BITS
                && "EC".equals(key.getAlgorithm())) {
            return KeyType.P256;
        }
        if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
            return KeyType.ED25519;
        }
        throw new VerificationException("a verifying key must be ECDSA P-256 or Ed25519, was " + key.getAlgorithm());
    }

    /** The key id: 16 hex digits. */
    public String keyId() {
        return keyId;
    }

    /** The algorithm of the key. */
    public KeyType type() {
        return type;
    }

    /** The JDK key, for checking a CMS signature. */
    PublicKey publicKey() {
        return key;
    }

    /** The key as PEM text, for the sponsor to publish. */
    public String toPem() {
        return Pem.encode(PEM_LABEL, key.getEncoded());
    }

    /** True when the signature over these bytes was made with the matching private key. */
    public boolean verifies(byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(type.jdkAlgorithm());
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** True when the signature over these fields' canonical bytes was made with the matching private key. */
    public boolean verifies(SignedFields fields, byte[] signature) {
        return verifies(fields.canonical(), signature);
    }

    static String idOf(byte[] encoded) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("SHA-256 is not available in this JDK", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifyingKey k && k.keyId.equals(keyId);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    /**
     * The signature schemes a sponsor's key can have, each with the prefix of its seals.
     *
     * @since 0.2
     */
    public enum KeyType {
        /** ECDSA on NIST P-256 with SHA-256, signatures as the 64 bytes r || s: the current keys. */
        P256("SB2", "SHA256withECDSAinP1363Format"),
        /** Ed25519: the keys of SecureBase 0.1, which sealed the fields only. */
        ED25519("SB1", "Ed25519");

        private final String sealPrefix;
        private final String jdkAlgorithm;

        KeyType(String sealPrefix, String jdkAlgorithm) {
            this.sealPrefix = sealPrefix;
            this.jdkAlgorithm = jdkAlgorithm;
        }

        /** The prefix of a verification string made with this kind of key. */
        public String sealPrefix() {
            return sealPrefix;
        }

        String jdkAlgorithm() {
            return jdkAlgorithm;
        }
    }
}
