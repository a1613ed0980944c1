package org.securebase.quiz.variant;

import org.securebase.model.ModelException;

/**
 * Delivery letters: A, B, … Z, then AA, AB, … (bijective base 26), naming options, items and
 * right-hand sides in the order one variant shows them.
 *
 * @since 0.1
 */
public final class Letters {
    private Letters() {
    }

    /** The letter of a 1-based delivery place. */
    public static String of(int place) {
        if (place < 1) {
            throw new ModelException("a delivery place must be ≥ 1, was " + place);
        }
        StringBuilder out = new StringBuilder();
        int n = place;
        while (n > 0) {
            n--;
            out.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return out.toString();
    }

    /** The 1-based delivery place of a letter (case is ignored). */
    public static int place(String letter) {
        if (letter == null || letter.isBlank() || !letter.strip().matches("[A-Za-z]+")) {
            throw new ModelException("a delivery letter must be A, B, C…, was '" + letter + "'");
        }
        int n = 0;
        for (char c : letter.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }
}
