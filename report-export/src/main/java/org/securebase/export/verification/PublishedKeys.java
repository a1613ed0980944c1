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

    /** The keys as one PEM text, current key first, for the sponsor to publish. */
    public String toPem() {
        StringBuilder out = new StringBuilder();
        for (VerifyingKey k : keys) {
            out.append(k.toPem());
        }
        return out.toString();
    }

    /**
     * The keys a key folder holds (see {@link SigningKey#createOrLoad}), without reading the
     * private key; empty when the folder holds none.
     *
     * @throws VerificationException when a key file there cannot be read
     */
    public static Optional<PublishedKeys> inFolder(Path folder) {
        List<VerifyingKey> keys = new ArrayList<>();
        Path certificate = folder.resolve(SigningKey.CERTIFICATE_FILE);
        if (Files.exists(certificate)) {
            keys.add(SigningKey.certificateKey(certificate));
        }
        Path published = folder.resolve(SigningKey.PUBLIC_FILE);
        if (Files.exists(published)) {
            keys.addAll(read(published).keys());
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(new PublishedKeys(keys));
    }
}
