package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
    private static StoreLocation parse(String text) {
        return StoreLocation.parse(text, Map.of("PGUSER", "from-env"));
    }

    @Test
    void aFileNameIsAnSqliteStore() {
        assertEquals(new StoreLocation.Embedded(Path.of("results.db")), parse("results.db"));
        assertEquals(Path.of("results.db").toAbsolutePath(), ((StoreLocation.Embedded) parse("results.db")).file());
    }

    @Test
    void aPostgresqlUrlNamesHostPortDatabaseAndUser() {
        assertEquals(new StoreLocation.Server("db.example.org", 6543, "results", "instructor"),
                parse("postgresql://db.example.org:6543/results?user=instructor"));
        assertEquals(new StoreLocation.Server("db.example.org", 5432, "results", "instructor"),
                parse("postgres://instructor@db.example.org/results"));
        assertEquals(new StoreLocation.Server("::1", 5433, "results", "from-env"), parse("postgresql://[::1]:5433/results"));
    }

    @Test
    void itIsShownWithoutSecretsAndConnectsByJdbc() {
        StoreLocation.Server s = (StoreLocation.Server) parse("postgresql://db.example.org/results?user=instructor");
        assertEquals("postgresql://db.example.org:5432/results?user=instructor", s.describe());
        assertEquals("jdbc:postgresql://db.example.org:5432/results", s.jdbcUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://db.example.org/results?user=u&password=secret",
            "postgresql://u:secret@db.example.org/results"})
    void refusesAPasswordOnTheCommandLine(String url) {
        StoreException e = assertThrows(StoreException.class, () -> parse(url));
        assertEquals(StoreException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), "the password is not repeated: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://db.example.org", "postgresql://db.example.org/", "postgresql://:5432/results",
            "postgresql://db.example.org:port/results", "postgresql://db.example.org:70000/results",
            "postgresql://db.example.org/results?sslmode=disable", "jdbc:postgresql://db.example.org/results", " "})
    void refusesAMalformedLocationWithAMessage(String text) {
        StoreException e = assertThrows(StoreException.class, () -> parse(text));
        assertEquals(StoreException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().length() > 20, e.getMessage());
    }
}
