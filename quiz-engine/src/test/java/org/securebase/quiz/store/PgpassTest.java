package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgpassTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void copyTheFixtureOwnerOnly() throws IOException, URISyntaxException {
        file = dir.resolve("pgpass");
        Files.copy(Path.of(PgpassTest.class.getResource("pgpass/pgpass").toURI()), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private Optional<String> password(String host, int port, String database, String user) {
        return Pgpass.password(new StoreLocation.Server(host, port, database, user), Map.of("PGPASSFILE", file.toString()));
    }

    @Test
    void theFirstMatchingLineGivesThePassword() {
        assertEquals(Optional.of("first-match"), password("db.example.org", 5432, "results", "instructor"));
    }

    @Test
    void aStarMatchesAnyValueAndEscapesAreUndone() {
        assertEquals(Optional.of("any:port"), password("db.example.org", 6543, "archive", "instructor"));
        assertEquals(Optional.of("c\\olon:in:it"), password("10.0.0.9", 5432, "results", "delivery"));
    }

    @Test
    void anEscapedStarMatchesOnlyAStar() {
        assertEquals(Optional.of("literal-star-host"), password("*", 5432, "results", "delivery"));
    }

    @Test
    void noMatchingLineGivesNoPassword() {
        assertEquals(Optional.empty(), password("db.example.org", 5432, "results", "someone-else"));
    }

    @Test
    void pgpasswordComesBeforeTheFile() {
        assertEquals(Optional.of("from-env"), Pgpass.password(new StoreLocation.Server("db.example.org", 5432, "results",
                "instructor"), Map.of("PGPASSWORD", "from-env", "PGPASSFILE", file.toString())));
    }

    @Test
    void theFileIsLookedForInHomeWhenPgpassfileIsUnset() throws IOException {
        Files.copy(file, dir.resolve(".pgpass"));
        assertEquals(Optional.of("first-match"), Pgpass.password(new StoreLocation.Server("db.example.org", 5432,
                "results", "instructor"), Map.of("HOME", dir.toString())));
        assertEquals(Optional.empty(), Pgpass.password(new StoreLocation.Server("db.example.org", 5432,
                "results", "instructor"), Map.of("HOME", dir.resolve("nowhere").toString())));
    }

    @Test
    void refusesAFileOthersCanRead() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        StoreException e = assertThrows(StoreException.class,
                () -> password("db.example.org", 5432, "results", "instructor"));
        assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
    }
}
