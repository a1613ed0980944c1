package org.securebase.export.verification;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * The short code a person types to look a certificate up: ten characters from Crockford's
 * base-32 alphabet (no I, L, O or U, so nothing reads as 1, 0 or another letter), taken from
 * the SHA-256 of the signature and grouped in fives, e.g. {@code 7KQ2M-XH4PD}. Fifty bits make
 * a collision among a sponsor's certificates very unlikely; the code identifies, the signature
 * proves.
 *
 * @since 0.1
 */
public final class VerificationCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 10;

    private VerificationCode() {
    }

    /** The code of a signature. */
    public static String of(byte[] signature) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(signature);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("SHA-256 is not available in this JDK", e);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31)));
        }
        return code.toString();
    }

    /**
     * Reads a typed code the forgiving way Crockford intended: case-insensitive, I and L read as
     * 1, O as 0, spaces and hyphens ignored. Returns the canonical grouped form.
     *
     * @throws VerificationException when the text is not ten code characters
     */
    public static String normalise(String typed) {
        String t = typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        if (t.length() != LENGTH || !t.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new VerificationException("a verification code is 10 characters such as 7KQ2M-XH4PD, was '" + typed + "'");
        }
        return t.substring(0, 5) + "-" + t.substring(5);
    }
}
