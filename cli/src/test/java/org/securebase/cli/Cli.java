package org.securebase.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, the way the tests drive it. */
public final class Cli {
    /** What a run printed and returned. */
    public record Run(int code, String out, String err) {
        /** Both streams, for assertion messages. */
        public String all() {
            return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs {@code securebase ARGS} on the system clock with empty standard input. */
    public static Run run(String... args) {
        return at(Clock.systemUTC(), "", args);
    }

    /** Runs {@code securebase ARGS} with this text as standard input. */
    public static Run runWithInput(String input, String... args) {
        return at(Clock.systemUTC(), input, args);
    }

    /** Runs {@code securebase ARGS} on this clock with this text as standard input. */
    public static Run at(Clock clock, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecureBase.commandLine(clock, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
