package org.securebase.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

    /** Runs {@code securebase ARGS}. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecureBase.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code securebase ARGS} with this text as standard input. */
    public static Run runWithInput(String input, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }
}
