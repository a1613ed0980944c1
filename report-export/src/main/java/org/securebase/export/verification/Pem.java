package org.securebase.export.verification;

import java.util.Base64;

/** PEM armour (RFC 7468) for keys. */
final class Pem {
    private Pem() {
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static byte[] decode(String label, String pem, String where) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = pem.indexOf(begin);
        int e = pem.indexOf(end);
        if (b < 0 || e < b) {
            throw new VerificationException(where + " is not a PEM '" + label + "' (expected a '" + begin + "' line)");
        }
        String body = pem.substring(b + begin.length(), e).replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException ex) {
            throw new VerificationException(where + " holds invalid base64 inside its PEM armour", ex);
        }
    }
}
