package org.securebase.cli.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The clock of a run of the command line: the system clock unless the system property
 * {@value #PROPERTY} sets one, for demonstrations: {@code 2026-03-02T09:00:00Z} is a clock standing
 * still at that time, {@code 2026-03-02T09:00:00Z,PT5M} one that starts there and moves on five
 * minutes each time it is read (see docs/delivery.md). Tests hand a clock to the command line
 * instead ({@code SecureBase.commandLine(clock, in)}).
 *
 * @since 0.3
 */
public final class Clocks {
    /** The system property that replaces the system clock. */
    public static final String PROPERTY = "securebase.clock";

    private Clocks() {
    }

    /** @return the system clock, or the one {@value #PROPERTY} describes */
    public static Clock fromProperty() {
        String text = System.getProperty(PROPERTY);
        if (text == null || text.isBlank()) {
            return Clock.systemUTC();
        }
        return parse(text);
    }

    /**
     * @param text an instant, optionally followed by a comma and the step of each reading
     * @return the clock it describes
     * @throws UserError when the text is neither
     */
    public static Clock parse(String text) {
        String[] parts = text.split(",", 2);
        try {
            Instant start = Instant.parse(parts[0].strip());
            Duration step = parts.length == 2 ? Duration.parse(parts[1].strip()) : Duration.ZERO;
            return new SteppingClock(start, step);
        } catch (DateTimeParseException e) {
            throw new UserError("the system property " + PROPERTY + " must be an instant such as"
                    + " 2026-03-02T09:00:00Z, optionally followed by a step such as ,PT5M; was '" + text + "'", e);
        }
    }

    /** A clock that starts at a time and moves on by a step each time it is read. */
    private static final class SteppingClock extends Clock {
        private Instant next;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.next = start;
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(step);
            return now;
        }
    }
}
