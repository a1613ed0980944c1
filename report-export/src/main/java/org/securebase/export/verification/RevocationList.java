package org.securebase.export.verification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.securebase.export.verification.SignedFields.Field;

/**
 * The certificates a sponsor has revoked, signed with its key, for publishing beside the public
 * key so anyone can check revocation offline. The file is the canonical signed-field encoding
 * (kind {@value #KIND}: {@code key}, {@code issued}, {@code count}, then {@code number-N},
 * {@code revoked-at-N}, {@code reason-N} for each entry, by number) followed by one line
 * {@code signature=86:<base64url>}: the ECDSA P-256 signature over every byte before that line.
 *
 * @param keyId the key that signs the list
 * @param issued when the list was written; a reader sees how fresh it is
 * @param entries the revoked certificates, numbers distinct, sorted by number
 * @since 0.2
 */
public record RevocationList(String keyId, Instant issued, List<Entry> entries) implements Revocations {
    /** The kind and version of the encoding. */
    public static final String KIND = "securebase-revocations/1";
    private static final String SIGNATURE_PREFIX = "signature=86:";

    /** Requires a key id, the time of issue, and distinct numbers; sorts the entries. */
    public RevocationList {
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
            throw new VerificationException("a key id is 16 lower-case hex digits, was '" + keyId + "'");
        }
        if (issued == null) {
            throw new VerificationException("a revocation list needs the time it was issued");
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::number));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).number().equals(sorted.get(i - 1).number())) {
                throw new VerificationException("certificate " + sorted.get(i).number() + " is listed twice as revoked");
            }
        }
        entries = List.copyOf(sorted);
    }

    /**
     * One revoked certificate.
     *
     * @param number the certificate number
     * @param revokedAt when it was revoked
     * @param reason why
     * @since 0.2
     */
    public record Entry(String number, Instant revokedAt, String reason) {
        /** Requires every part. */
        public Entry {
            if (number == null || number.isBlank()) {
                throw new VerificationException("a revoked certificate needs its number");
            }
            if (revokedAt == null) {
                throw new VerificationException("revoked certificate " + number + " needs the time it was revoked");
            }
            reason = reason == null ? "" : reason;
        }
    }

    @Override
    public Optional<Entry> revocation(String number) {
        return entries.stream().filter(e -> e.number().equals(number)).findFirst();
    }

    @Override
    public String source() {
        return "the revocation list signed by key " + keyId + " on " + issued;
    }

    /** The signed file's bytes. */
    public byte[] write(SigningKey key) {
        if (!key.verifyingKey().keyId().equals(keyId)) {
            throw new VerificationException("the revocation list is for key " + keyId + ", not for the signing key "
                    + key.verifyingKey().keyId());
        }
        byte[] body = body().canonical();
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(key.signBytes(body));
        byte[] line = (SIGNATURE_PREFIX + signature + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(body, body.length + line.length);
        System.arraycopy(line, 0, out, body.length, line.length);
        return out;
    }

    private SignedFields body() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("key", keyId));
        fields.add(new Field("issued", issued.toString()));
        fields.add(new Field("count", Integer.toString(entries.size())));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            fields.add(new Field("number-" + (i + 1), e.number()));
            fields.add(new Field("revoked-at-" + (i + 1), e.revokedAt().toString()));
            fields.add(new Field("reason-" + (i + 1), e.reason()));
        }
        return new SignedFields(KIND, fields);
    }

    /**
     * Reads a signed list and checks its signature against the published keys.
     *
     * @throws VerificationException saying what is wrong: not a list, wrong key, altered, malformed
     */
    public static RevocationList read(byte[] file, PublishedKeys keys) {
        String text = new String(file, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("\n" + SIGNATURE_PREFIX);
        if (!text.startsWith(KIND + "\n") || at < 0 || !text.endsWith("\n")) {
            throw new VerificationException("not a SecureBase revocation list (it starts with '" + KIND
                    + "' and ends with a signature line)");
        }
        byte[] body = text.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
        String encoded = text.substring(at + 1 + SIGNATURE_PREFIX.length(), text.length() - 1);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new VerificationException("the revocation list's signature line is not base64url", e);
        }
        SignedFields fields = SignedFields.parse(body);
        String keyId = fields.value("key").orElse("");
        VerifyingKey key = keys.withId(keyId).orElseThrow(() -> new VerificationException(
                "the revocation list was signed with key " + keyId + ", not with the given key " + keys.ids()));
        if (!key.verifies(body, signature)) {
            throw new VerificationException("the revocation list's signature does not match its content: it was altered");
        }
        try {
            int count = Integer.parseInt(fields.value("count").orElse("0"));
            List<Entry> entries = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                entries.add(new Entry(fields.value("number-" + i).orElse(null),
                        Instant.parse(fields.value("revoked-at-" + i).orElse("")), fields.value("reason-" + i).orElse("")));
            }
            RevocationList list = new RevocationList(keyId, Instant.parse(fields.value("issued").orElse("")), entries);
            if (!java.util.Arrays.equals(list.body().canonical(), body)) {
                throw new VerificationException("the revocation list is signed but not in canonical form");
            }
            return list;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new VerificationException("the revocation list is signed but malformed: " + e.getMessage(), e);
        }
    }
}
