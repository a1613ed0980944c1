package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The processes contract on a PostgreSQL server (the embedded one, or Debian's in
 * {@code .ci/postgres.sh}): several processes, each with its own connections, writing one
 * database at once, as several CLI commands and {@code serve} instances of a provider do.
 */
class PostgresProcessesTest extends ProcessesContract {
    private StoreLocation.Server database;

    @BeforeEach
    void newDatabase() {
        database = TestPostgres.shared().freshDatabase();
    }

    @Override
    StoreLocation location() {
        return database;
    }

    @Override
    long count(String sql) throws Exception {
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** PostgreSQL keeps its own pages; what a test can see is that every reference resolves and the server reads every row. */
    @Override
    String integrity() throws Exception {
        long dangling = count("SELECT COUNT(*) FROM response r LEFT JOIN attempt a ON a.id = r.attempt_id WHERE a.id IS NULL");
        return dangling == 0 ? "ok" : dangling + " responses of missing attempts";
    }
}
