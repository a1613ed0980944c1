package org.securebase.scenarios.xml.interchange.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.securebase.model.ModelException;

/**
 * Answer fractions as Moodle XML writes them: a percentage that Moodle accepts only within
 * 0.00001 (on its 0–1 scale) of one of its grade options, or it rejects the question. Our partial
 * rule gives each of k keyed options +100/k and each other option −100/k; where 100/k is not one
 * of Moodle's options (k = 11 … 19) the keyed options get 10 and 5 so that they still add up to
 * 100, and the others −5 (documented in docs/interchange.md). Above 20 keyed options nothing
 * Moodle accepts adds up to 100, and the export refuses the question.
 *
 * @since 0.2
 */
public final class MoodleFraction {
    /** Moodle's positive grade options, as Moodle writes them. */
    static final List<String> OPTIONS = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50",
            "40", "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5");
    /** How close, on the percentage scale, a fraction must be to an option (Moodle's 0.00001 on 0–1). */
    private static final double TOLERANCE = 0.001;
    private static final int MAX_KEYED = 20;

    private MoodleFraction() {
    }

    /** True when Moodle accepts this percentage: 0 or within tolerance of an option or its negative. */
    public static boolean accepted(double percent) {
        if (Math.abs(percent) < TOLERANCE) {
            return true;
        }
        for (String o : OPTIONS) {
            if (Math.abs(Math.abs(percent) - Double.parseDouble(o)) < TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** True when two percentages are the same Moodle option. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) < TOLERANCE;
    }

    /** The option nearest 100/k when it is exact, else empty. */
    static String exactShare(int k) {
        double share = 100.0 / k;
        for (String o : OPTIONS) {
            if (Math.abs(Double.parseDouble(o) - share) < TOLERANCE) {
                return o;
            }
        }
        return null;
    }

    /**
     * The fractions of k keyed options under the partial rule, in order: 100/k each when Moodle has
     * it, else 10s then 5s adding up to 100.
     *
     * @param k the number of keyed options, 1 to 20
     * @param question named in the message when k is too large
     */
    static List<String> keyed(int k, String question) {
        if (k < 1 || k > MAX_KEYED) {
            throw new ModelException("question " + question + " has " + k + " correct options; Moodle's fractions cannot"
                    + " add up to 100% over more than " + MAX_KEYED + " (split the question)");
        }
        String exact = exactShare(k);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(exact != null ? exact : i < 20 - k ? "10" : "5");
        }
        return out;
    }

    /** The fraction of each unkeyed option under the partial rule: −100/k, or −5 where 100/k is not an option. */
    static String penalty(int k) {
        String exact = exactShare(k);
        return "-" + (exact != null ? exact : "5");
    }

    /** True when k keyed options get exactly 100/k each. */
    static boolean exact(int k) {
        return exactShare(k) != null;
    }

    /** Parses a fraction as written, naming the question when it is not a number. */
    static double parse(String text, String question) {
        try {
            return new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            throw new ModelException("question '" + question + "' has the fraction '" + text + "', which is not a number");
        }
    }
}
