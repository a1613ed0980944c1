package org.securebase.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Small argument checks shared by the model's constructors, each throwing a
 * {@link ModelException} whose message names the offending value.
 *
 * @since 0.1
 */
public final class Checks {

    private Checks() {
    }

    /** Requires a non-null value. */
    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new ModelException(what + " is missing");
        }
        return value;
    }

    /** Requires text that is not blank and returns it with surrounding whitespace removed and inner runs folded. */
    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ModelException(what + " is missing or empty");
        }
        return normalise(value);
    }

    /** Returns folded text, or null when the value is null or blank. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : normalise(value);
    }

    /**
     * Folds every run of whitespace to one space and trims the ends. Runs on every text of every
     * file loaded, so it returns the stripped value itself when there is nothing to fold.
     */
    public static String normalise(String value) {
        String s = value.strip();
        int n = s.length();
        int i = 0;
        while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inRun = true;
            } else {
                if (inRun) {
                    out.append(' ');
                    inRun = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of a text, split at runs of whitespace as {@link #normalise} folds them; empty for null or blank. */
    public static List<String> words(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String s = value.strip();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || isSpace(s.charAt(i));
            if (space && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return List.copyOf(out);
    }

    /** The whitespace of a regular expression's {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a text matches {@code [A-Za-z0-9][A-Za-z0-9._-]*}, tested char by char (not with a regex): ids are checked for every question
     * reference made, hundreds of thousands of times in a large gradebook, where the matcher showed.
     */
    private static boolean isId(String value) {
        if (value == null || value.isEmpty() || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Requires an identifier: letters, digits, '.', '_' or '-', starting with a letter or digit. */
    public static String id(String value, String what) {
        if (!isId(value)) {
            throw new ModelException(what + " must be letters, digits, '.', '_' or '-', was '" + value + "'");
        }
        return value;
    }

    /** Requires a non-negative number. */
    public static int notNegative(int value, String what) {
        if (value < 0) {
            throw new ModelException(what + " must be ≥ 0, was " + value);
        }
        return value;
    }

    /** Requires a positive number. */
    public static int positive(int value, String what) {
        if (value < 1) {
            throw new ModelException(what + " must be ≥ 1, was " + value);
        }
        return value;
    }

    /** Returns an unmodifiable copy of a list that must hold at least one element and no nulls. */
    public static <T> List<T> nonEmpty(List<T> values, String what) {
        List<T> copy = list(values, what);
        if (copy.isEmpty()) {
            throw new ModelException(what + " must hold at least one entry");
        }
        return copy;
    }

    /** Returns an unmodifiable copy of a possibly null list (null is taken as empty); nulls inside are refused. */
    public static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new ModelException(what + " holds a missing entry");
            }
        }
        return List.copyOf(values);
    }

    /** Returns the first value that occurs twice, or null when all are distinct. */
    public static <T> T firstDuplicate(Collection<T> values) {
        Set<T> seen = new HashSet<>(Math.max(16, values.size() * 2));
        for (T v : values) {
            if (!seen.add(Objects.requireNonNull(v))) {
                return v;
            }
        }
        return null;
    }
}
