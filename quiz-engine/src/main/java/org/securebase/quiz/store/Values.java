package org.securebase.quiz.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.securebase.model.ModelException;

/** Checks and conversions shared by the store's records and tables. */
final class Values {
    static final int MAX_KEY_LENGTH = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Values() {
    }

    /** A key such as a trainee or quiz id: not blank, no surrounding space, no control characters, at most 200 characters. */
    static String key(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ModelException(what + " is missing or empty");
        }
        if (!value.equals(value.strip()) || value.length() > MAX_KEY_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new ModelException(what + " must be at most " + MAX_KEY_LENGTH
                    + " characters without surrounding spaces or control characters, was '" + value + "'");
        }
        return value;
    }

    /** Text that must be present and not blank, kept exactly as given. */
    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ModelException(what + " is missing or empty");
        }
        return value;
    }

    /** Text that must be present but may be empty (an opaque answer), kept exactly as given. */
    static String present(String value, String what) {
        if (value == null) {
            throw new ModelException(what + " is missing");
        }
        return value;
    }

    /** Null for null or blank text, else the text stripped. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A time, truncated to the millisecond the store keeps. */
    static Instant time(Instant value, String what) {
        if (value == null) {
            throw new ModelException(what + " is missing");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A finite number ≥ 0. */
    static double points(double value, String what) {
        if (!Double.isFinite(value) || value < 0) {
            throw new ModelException(what + " must be a number ≥ 0, was " + value);
        }
        return value;
    }

    static String format(Instant time) {
        return TIME.format(time);
    }

    /**
     * A stored time read back. The store's own form ({@link #format}: 24 characters, milliseconds,
     * UTC) is read digit by digit: a gradebook reads a time per response, and {@link Instant#parse}
     * was an eighth of its time (JFR). Any other text, or a field out of range, goes to
     * {@link Instant#parse}, which reads or rejects it as before.
     */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int milli = digits(text, 20, 3);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && milli >= 0) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, milli * 1_000_000L);
            }
        }
        return Instant.parse(text);
    }

    /** The number written by {@code length} ASCII digits from {@code at}, or -1 when one is not a digit. */
    private static int digits(String text, int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
