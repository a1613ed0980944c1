package org.securebase.export.verification;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** PEM armour (RFC 7468) for keys and certificates. */
final class Pem {
    private Pem() {
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static byte[] decode(String label, String pem, String where) {
        return decodeAll(label, pem, where).get(0);
    }

    /** Every block with this label, in order; at least one. */
    static List<byte[]> decodeAll(String label, String pem, String where) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        List<byte[]> blocks = new ArrayList<>();
        int from = 0;
        while (true) {
            int b = pem.indexOf(begin, from);
            if (b < 0) {
                break;
            }
            int e = pem.indexOf(end, b);
            if (e < 0) {
                throw new VerificationException(where + " has a '" + begin + "' line without its '" + end + "' line");
            }
            String body = pem.substring(b + begin.length(), e).replaceAll("\\s+", "");
            try {
                blocks.add(Base64.getDecoder().decode(body));
            } catch (IllegalArgumentException ex) {
                throw new VerificationException(where + " holds invalid base64 inside its PEM armour", ex);
            }
            from = e + end.length();
        }
        if (blocks.isEmpty()) {
            throw new VerificationException(where + " is not a PEM '" + label + "' (expected a '" + begin + "' line)");
        }
        return blocks;
    }
}
