package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result store as a workshop leaves it: the foundations quiz built and, when asked, the
 * example response sheet imported, at the clock of that workshop (the sheet's submissions are
 * dated 6 March 2027).
 */
final class WorkshopStore {
    static final String CLOCK = "2027-03-06T09:00:00Z";

    private WorkshopStore() {
    }

    /** Builds the foundations quiz into the store and returns its id. */
    static String quiz(String db) {
        Cli.Run r = Cli.run("--db", db, "quiz", "build", ResultCommandsTest.BLUEPRINT);
        assertEquals(0, r.code(), r.all());
        Matcher m = Pattern.compile("^quiz (\\S+)$", Pattern.MULTILINE).matcher(r.out());
        assertTrue(m.find(), r.out());
        return m.group(1);
    }

    /** The workshop's clock, standing still at {@link #CLOCK}. */
    static final Clock AT_WORKSHOP = Clock.fixed(Instant.parse(CLOCK), ZoneOffset.UTC);

    /** Runs {@code securebase ARGS} at the workshop's clock, handed to the command line (no global property). */
    static Cli.Run atWorkshop(String... args) {
        return Cli.at(AT_WORKSHOP, "", args);
    }
}
