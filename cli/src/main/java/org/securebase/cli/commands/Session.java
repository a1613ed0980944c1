package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.content.Libraries;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/**
 * What the result commands share: the clock, and quizzes built from a blueprint of the library
 * or a blueprint file.
 *
 * <p>The clock is the system clock unless the system property {@value #CLOCK_PROPERTY} sets
 * one, for demonstrations and tests: {@code 2026-03-02T09:00:00Z} is a clock standing still at
 * that time, {@code 2026-03-02T09:00:00Z,PT5M} one that starts there and moves on five minutes
 * each time it is read (see docs/delivery.md).
 */
final class Session {
    /** The system property that replaces the system clock. */
    static final String CLOCK_PROPERTY = "securebase.clock";
    /** The seed used when {@code --seed} is not given. */
    static final long DEFAULT_SEED = 1;

    private Session() {
    }

    /** The clock: the system clock, or the one {@value #CLOCK_PROPERTY} describes. */
    static Clock clock() {
        String text = System.getProperty(CLOCK_PROPERTY);
        if (text == null || text.isBlank()) {
            return Clock.systemUTC();
        }
        String[] parts = text.split(",", 2);
        try {
            Instant start = Instant.parse(parts[0].strip());
            Duration step = parts.length == 2 ? Duration.parse(parts[1].strip()) : Duration.ZERO;
            return new SteppingClock(start, step);
        } catch (DateTimeParseException e) {
            throw new UserError("the system property " + CLOCK_PROPERTY + " must be an instant such as"
                    + " 2026-03-02T09:00:00Z, optionally followed by a step such as ,PT5M; was '" + text + "'", e);
        }
    }

    /**
     * The quiz a blueprint (an id in the library, or a blueprint .xml file) gives with a seed. A
     * blueprint file is loaded without the library checks, so a blueprint the library cannot
     * satisfy is refused by the engine with its own one-line message.
     */
    static Quiz build(GlobalOptions root, PrintWriter err, String blueprint, long seed) {
        Loaded loaded;
        String id = blueprint;
        if (blueprint.endsWith(".xml")) {
            Path file = Path.of(blueprint);
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such blueprint file: " + blueprint);
            }
            Loaded alone = ContentLoader.standard().load(List.of(file), (done, total) -> { });
            refuseErrors(alone, blueprint);
            if (alone.blueprints().size() != 1) {
                throw new UserError(blueprint + " is not a blueprint file (a <quiz> of urn:securebase:quiz:1)");
            }
            id = alone.blueprints().get(0).id();
            List<Path> paths = new ArrayList<>(root.libraries());
            paths.add(file);
            loaded = Libraries.loadAllowingErrors(paths, root.libraries().isEmpty(), false, root, err);
            refuseErrors(loaded, "the library with " + blueprint);
        } else {
            loaded = Libraries.load(root, err);
        }
        QuizBlueprint b = Libraries.blueprint(loaded, id);
        return Assembly.assemble(b, loaded.library(), seed);
    }

    private static void refuseErrors(Loaded loaded, String what) {
        if (loaded.hasErrors()) {
            StringBuilder msg = new StringBuilder(what + " has " + loaded.summary().errors()
                    + " error(s); fix them first (securebase validate):");
            loaded.diagnostics().stream().filter(Diagnostic::isError).limit(5)
                    .forEach(d -> msg.append(System.lineSeparator()).append("  ").append(d));
            throw new UserError(msg.toString());
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
