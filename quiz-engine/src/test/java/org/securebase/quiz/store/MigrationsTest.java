package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void scriptsAreNumberedFromOneInRisingOrder() {
        assertEquals(1, Migrations.version(Migrations.SCRIPTS.get(0)));
        for (int i = 1; i < Migrations.SCRIPTS.size(); i++) {
            assertTrue(Migrations.version(Migrations.SCRIPTS.get(i)) > Migrations.version(Migrations.SCRIPTS.get(i - 1)),
                    Migrations.SCRIPTS.get(i));
        }
        assertEquals(Migrations.version(Migrations.SCRIPTS.get(Migrations.SCRIPTS.size() - 1)), Migrations.latest());
    }

    @Test
    void theFifthScriptAddsTheExtensionColumnAndItsGrants() {
        assertEquals(5, Migrations.version("V5__time_extensions.sql"));
        List<String> statements = Migrations.statements("postgresql", "V5__time_extensions.sql");
        assertEquals(2, statements.size());
        assertTrue(statements.get(1).contains("attempt_id BIGINT"), statements.get(1));
    }

    @Test
    void theFirstScriptCreatesTheSevenTablesAndOneIndex() {
        List<String> statements = Migrations.statements("V1__results.sql");
        assertEquals(8, statements.size());
        assertEquals(7, statements.stream().filter(s -> s.startsWith("CREATE TABLE")).count());
        assertTrue(statements.stream().noneMatch(s -> s.toUpperCase(java.util.Locale.ROOT).contains("PRAGMA")),
                "migrations are portable SQL");
    }
}
