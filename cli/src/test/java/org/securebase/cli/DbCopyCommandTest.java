package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.Clocks;
import org.securebase.quiz.store.TestPostgres;

/**
 * A store on PostgreSQL through the command line: the instructor's commands with
 * {@code --db postgresql://...}, {@code db copy} from a file to the server and back with equal
 * digests, {@code db check} there, and a password refused on the command line.
 */
class DbCopyCommandTest {
    @TempDir
    Path dir;

    private final Clock clock = Clocks.parse("2027-03-06T09:00:00Z");

    private Cli.Run run(String... args) {
        return Cli.at(clock, "", args);
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    /** A file store with the example sheet imported: three attempts at the bundled check. */
    private String importedQuiz(String db) {
        Cli.Run built = run("--db", db, "quiz", "build", ResultCommandsTest.BLUEPRINT);
        assertEquals(0, built.code(), built.all());
        Matcher m = Pattern.compile("^quiz (\\S+)$", Pattern.MULTILINE).matcher(built.out());
        assertTrue(m.find(), built.out());
        Cli.Run imported = run("--db", db, "import", "../docs/examples/responses.csv", "--quiz", m.group(1));
        assertEquals(0, imported.code(), imported.all());
        return m.group(1);
    }

    private static List<String> tableLines(Cli.Run r) {
        return r.out().lines().filter(l -> l.contains(" rows  sha256:")).toList();
    }

    @Test
    void copiesAFileStoreToPostgresqlAndBackWithEqualDigests() {
        String quiz = importedQuiz(file("laptop.db"));
        String server = TestPostgres.shared().freshDatabase().describe();

        Cli.Run up = run("db", "copy", "--from", file("laptop.db"), "--to", server);
        assertEquals(0, up.code(), up.all());
        assertTrue(up.out().contains("every table's rows and digest are equal on both sides"), up.out());
        assertEquals(11, tableLines(up).size(), up.out());
        assertTrue(up.out().contains("attempt                 3 rows"), up.out());

        Cli.Run statsThere = run("--db", server, "stats", quiz);
        assertEquals(0, statsThere.code(), statsThere.all());
        assertEquals(run("--db", file("laptop.db"), "stats", quiz).out(), statsThere.out(),
                "the server's store analyses the same as the file it came from");
        Cli.Run check = run("--db", server, "db", "check");
        assertEquals(0, check.code(), check.all());
        assertEquals("ok", check.out().strip());

        Cli.Run back = run("db", "copy", "--from", server, "--to", file("archive.db"));
        assertEquals(0, back.code(), back.all());
        assertEquals(tableLines(up), tableLines(back), "the same digests after the round trip");

        Cli.Run again = run("db", "copy", "--from", file("laptop.db"), "--to", server);
        assertEquals(ExitCodes.INPUT, again.code(), again.all());
        assertTrue(again.err().contains("already holds") && again.err().strip().lines().count() == 1, again.all());
    }

    @Test
    void theInstructorsCommandsRunOnAServerStore() {
        String server = TestPostgres.shared().freshDatabase().describe();
        String quiz = importedQuiz(server);
        Cli.Run rescore = run("--db", server, "rescore", quiz, "--void", "vignette-does-not-exist#q1", "--reason", "x");
        assertEquals(ExitCodes.INPUT, rescore.code(), rescore.all());
        Cli.Run stats = run("--db", server, "stats", quiz);
        assertEquals(0, stats.code(), stats.all());
        assertTrue(stats.out().contains("3"), stats.out());
    }

    @Test
    void refusesAPasswordOnTheCommandLineInOneLine() {
        Cli.Run r = run("--db", "postgresql://127.0.0.1/results?user=u&password=hunter2", "db", "check");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("PGPASSWORD"), r.all());
        assertFalse(r.all().contains("hunter2"), r.all());
        assertEquals(1, r.err().strip().lines().count(), r.all());
    }
}
