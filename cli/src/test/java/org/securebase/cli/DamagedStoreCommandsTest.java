package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;

/** Commands on a store the test damages itself: each says it is damaged and exits non-zero. */
class DamagedStoreCommandsTest {
    @TempDir
    Path dir;
    String quiz;

    @BeforeEach
    void storeWithThreeAttempts() {
        quiz = WorkshopStore.quiz(db());
        Cli.Run imported = WorkshopStore.atWorkshop("--db", db(), "import", "../docs/examples/responses.csv", "--quiz", quiz);
        assertEquals(0, imported.code(), imported.all());
    }

    @Test
    void anEmptyDatabaseFileIsRefusedNotRecreated() throws IOException {
        Files.write(Path.of(db()), new byte[0]);
        // Emptied a while ago: a just-created empty file is given a few seconds to grow, as another process may be creating it.
        Files.setLastModifiedTime(Path.of(db()), FileTime.from(Instant.now().minusSeconds(60)));
        for (String[] command : new String[][] {{"db", "check"}, {"stats", quiz}}) {
            Cli.Run r = WorkshopStore.atWorkshop(prefixed(command));
            assertTrue(r.code() != ExitCodes.OK, r.all());
            assertTrue(r.err().contains("is damaged: the file is empty (0 bytes)")
                    && r.err().contains("remove it to start a new store"), r.err());
        }
        assertEquals(0, Files.size(Path.of(db())), "the file is not re-created");
    }

    @Test
    void statsOnAStoreWithAZeroedPageReportsDamage() throws IOException {
        long pages = Files.size(Path.of(db())) / 4096;
        try (RandomAccessFile raf = new RandomAccessFile(db(), "rw")) {
            raf.seek(4096 * (pages / 2));
            raf.write(new byte[4096]);
        }
        Cli.Run stats = WorkshopStore.atWorkshop("--db", db(), "stats", quiz);
        assertTrue(stats.code() != ExitCodes.OK, stats.all());
        assertTrue(stats.err().contains("is damaged"), stats.err());
        Cli.Run check = Cli.run("--db", db(), "db", "check");
        assertTrue(check.code() != ExitCodes.OK, check.all());
        assertTrue(check.all().contains("damaged"), check.all());
    }

    private String[] prefixed(String[] command) {
        String[] out = new String[command.length + 2];
        out[0] = "--db";
        out[1] = db();
        System.arraycopy(command, 0, out, 2, command.length);
        return out;
    }

    private String db() {
        return dir.resolve("results.db").toString();
    }
}
