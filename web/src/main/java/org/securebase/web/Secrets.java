package org.securebase.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workshop's codes, all derived from one random key kept beside the database (readable by
 * its owner only), so a server restarted with the same command prints the same join code and
 * instructor token and every trainee's resume code still works: the join code (short, typed
 * from the projector), the instructor token (long, never shown to trainees) and each trainee's
 * personal resume code. Codes are HMAC-SHA256 values of the quiz id under the key.
 *
 * @since 0.2
 */
public final class Secrets {
    /** Letters a person reads off a projector without confusing them (no 0/O, 1/I/L). */
    private static final String READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int KEY_BYTES = 32;

    private final byte[] key;
    private final String quizId;

    private Secrets(byte[] key, String quizId) {
        this.key = key.clone();
        this.quizId = quizId;
    }

    /**
     * Reads the key file, or makes it (owner-only where the file system allows) when missing.
     *
     * @param keyFile where the key is kept
     * @param quizId the quiz served
     * @return the secrets
     */
    public static Secrets open(Path keyFile, String quizId) {
        try {
            if (!Files.exists(keyFile)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                OwnerOnly.write(keyFile, Base64.getEncoder().encodeToString(fresh));
            }
            byte[] k = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
            if (k.length != KEY_BYTES) {
                throw new IllegalStateException("the workshop key " + keyFile + " is damaged; delete it to make a new one");
            }
            return new Secrets(k, quizId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the workshop key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** @return the six-character join code trainees type */
    public String joinCode() {
        return readable(mac("join:" + quizId), 6);
    }

    /** @return the instructor token: 256 bits, URL-safe */
    public String instructorToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac("instructor:" + quizId));
    }

    /**
     * @param traineeId a trainee
     * @return their personal resume code: eight readable characters in two groups of four, e.g. {@code K7QM-2XWP}
     */
    public String resumeCode(String traineeId) {
        String c = readable(mac("resume:" + quizId + ":" + traineeId), 8);
        return c.substring(0, 4) + "-" + c.substring(4);
    }

    /**
     * Compares codes in constant time, ignoring case, spaces and dashes in what was typed.
     *
     * @param expected the real code
     * @param typed what was typed, may be null
     * @return whether they are the same code
     */
    public static boolean same(String expected, String typed) {
        if (typed == null) {
            return false;
        }
        String a = normal(expected);
        String b = normal(typed);
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private byte[] mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String readable(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(READABLE.charAt((bytes[i] & 0xff) % READABLE.length()));
        }
        return out.toString();
    }
}
