package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;

/** db roles: the SQL for the database --db names, and clear refusals for a file or a bad name. */
class DbRolesCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheRolesForTheDatabaseNamedWithoutConnecting() {
        Cli.Run r = Cli.run("--db", "postgresql://db.invalid:5433/ce_results?user=owner", "db", "roles",
                "--delivery", "room_a");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("CREATE ROLE room_a LOGIN;"), r.out());
        assertTrue(r.out().contains("CREATE ROLE securebase_instructor LOGIN;"), r.out());
        assertTrue(r.out().contains("GRANT CONNECT ON DATABASE ce_results TO room_a, securebase_instructor;"), r.out());
        assertTrue(r.out().contains("TO room_a;"), r.out());
    }

    @Test
    void refusesAFileStoreAndANameThatNeedsQuoting() {
        Cli.Run file = Cli.run("--db", dir.resolve("results.db").toString(), "db", "roles");
        assertEquals(ExitCodes.INPUT, file.code(), file.all());
        assertTrue(file.err().contains("an SQLite file has no roles"), file.all());
        Cli.Run bad = Cli.run("--db", "postgresql://localhost/ce?user=owner", "db", "roles", "--delivery", "Room A");
        assertEquals(ExitCodes.INPUT, bad.code(), bad.all());
        assertTrue(bad.err().contains("is not a plain PostgreSQL name"), bad.all());
        assertEquals(1, bad.err().strip().lines().count(), bad.all());
    }
}
