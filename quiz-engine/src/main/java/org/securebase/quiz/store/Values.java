package org.securebase.quiz.store;

import java.time.Instant;
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

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
