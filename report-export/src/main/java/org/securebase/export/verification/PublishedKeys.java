package org.securebase.export.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every public key a sponsor publishes, in one PEM file: the current P-256 key first, then any
 * retired key whose certificates are still in circulation. A check picks the key by the key id
 * a document carries.
 *
 * @param keys the keys, current first, ids distinct
 * @since 0.2
 */
public record PublishedKeys(List<VerifyingKey> keys) {

    /** Requires at least one key and distinct ids. */
    public PublishedKeys {
        Map<String, VerifyingKey> byId = new LinkedHashMap<>();
        for (VerifyingKey k : keys) {
            byId.putIfAbsent(k.keyId(), k);
        }
        if (byId.isEmpty()) {
            throw new VerificationException("a set of published keys needs at least one key");
        }
        keys = List.copyOf(byId.values());
    }

    /** One key. */
    public static PublishedKeys of(VerifyingKey key) {
        return new PublishedKeys(List.of(key));
    }

    /**
     * Reads every {@code PUBLIC KEY} block of a PEM text.
     *
     * @throws VerificationException when there is none, or one is not a P-256 or Ed25519 key
     */
    public static PublishedKeys fromPem(String pem, String where) {
        List<VerifyingKey> keys = new ArrayList<>();
        for (byte[] der : Pem.decodeAll(VerifyingKey.PEM_LABEL, pem, where)) {
            keys.add(VerifyingKey.fromDer(der, where));
        }
        return new PublishedKeys(keys);
    }

    /**
     * Reads a published key file.
     *
     * @throws VerificationException naming the file when it cannot be read or holds no key
     */
    public static PublishedKeys read(Path file) {
        try {
            return fromPem(Files.readString(file, StandardCharsets.US_ASCII), "the public key file " + file);
        } catch (IOException e) {
            throw new VerificationException("cannot read the public key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key with this id, if published. */
    public Optional<VerifyingKey> withId(String keyId) {
        return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    /** The ids, for messages. */
    public String ids() {
        return String.join(", ", keys.stream().map(VerifyingKey::keyId).toList());
    }

    /** The keys as one PEM text, each block preceded by a comment line naming its kind and id. */
    public String toPem() {
        StringBuilder out = new StringBuilder();
        for (VerifyingKey k : keys) {
            out.append(k.type() == VerifyingKey.KeyType.P256 ? "SecureBase certificate key (ECDSA P-256), id "
                    : "Retired SecureBase key (Ed25519, certificates of version 0.1), id ").append(k.keyId()).append('\n');
            out.append(k.toPem());
        }
        return out.toString();
    }
}
