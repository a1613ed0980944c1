package org.securebase.quiz.variant;

import org.securebase.model.ModelException;

/**
 * The short code of a variant: five characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, U/V), taken from the variant's seed. It is printed on handouts and shown in the
 * terminal so that paper responses can name their variant. 29⁵ ≈ 20 million codes make two
 * variants of one quiz sharing a code unlikely, not impossible: stores key on the subject.
 *
 * @since 0.1
 */
public final class VariantCode {
    /** The characters a code is made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    /** The length of a code. */
    public static final int LENGTH = 5;

    private VariantCode() {
    }

    /** The code for a variant seed. */
    public static String of(long seed) {
        long v = seed;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET.charAt((int) Long.remainderUnsigned(v, ALPHABET.length())));
            v = Long.divideUnsigned(v, ALPHABET.length());
        }
        return out.toString();
    }

    /** Requires a well-formed code. */
    public static String check(String code) {
        if (code == null || code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new ModelException("a variant code is " + LENGTH + " characters from " + ALPHABET + ", was '" + code + "'");
        }
        return code;
    }
}
