package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;

/** The demo runs the whole kit and labels everything simulated. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsTheWholeKitAndWritesEveryOutput() throws Exception {
        Path out = dir.resolve("demo");
        Cli.Run r = Cli.run("demo", "--out", out.toString(), "--trainees", "12");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("SecureBase demo: SIMULATED trainees"), r.out());
        for (String f : List.of("demo.db", "gradebook.xlsx", "gradebook-summary.csv", "item-analysis.txt",
                "demo-keys/public-key.pem")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        try (Stream<Path> handouts = Files.list(out.resolve("handouts"))) {
            assertEquals(4, handouts.count(), "two variants, each with a handout and a key");
        }
        List<String> summary = Files.readAllLines(out.resolve("gradebook-summary.csv"), StandardCharsets.UTF_8);
        assertEquals(13, summary.size(), "a header and twelve trainees");
        assertTrue(summary.stream().skip(1).allMatch(l -> l.contains("(simulated)") || l.contains("Simulated trainee")), summary.toString());
        long passed = summary.stream().skip(1).filter(l -> l.contains(",pass,")).count();
        if (passed > 0) {
            try (Stream<Path> certs = Files.list(out.resolve("certificates"))) {
                assertEquals(passed + 1, certs.count(), "one certificate per pass and the combined print file");
            }
            Path one;
            try (Stream<Path> certs = Files.list(out.resolve("certificates"))) {
                one = certs.filter(p -> p.getFileName().toString().startsWith("AFW-")).findFirst().orElseThrow();
            }
            Cli.Run verify = Cli.run("--db", out.resolve("demo.db").toString(), "verify", one.toString());
            assertEquals(0, verify.code(), verify.all());
        }
        assertTrue(Files.readString(out.resolve("item-analysis.txt")).startsWith("SIMULATED DATA"));
    }

    @Test
    void isReproducibleForASeed() throws Exception {
        Cli.run("demo", "--out", dir.resolve("a").toString(), "--trainees", "6", "--seed", "9");
        Cli.run("demo", "--out", dir.resolve("b").toString(), "--trainees", "6", "--seed", "9");
        assertEquals(Files.readAllLines(dir.resolve("a/gradebook-summary.csv")), Files.readAllLines(dir.resolve("b/gradebook-summary.csv")));
    }

    @Test
    void refusesToOverwriteAnEarlierDemoWithoutForce() throws Exception {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli.Run r = Cli.run("demo", "--out", out.toString(), "--trainees", "3");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void refusesACohortTooSmallToAnalyse() {
        Cli.Run r = Cli.run("demo", "--out", dir.resolve("x").toString(), "--trainees", "1");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("at least 2"), r.err());
    }
}
