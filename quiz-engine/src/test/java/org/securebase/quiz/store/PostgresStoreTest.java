package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a PostgreSQL server: the embedded one in {@code mvn verify}, Debian's
 * in {@code .ci/postgres.sh} (named by {@value TestPostgres#PROPERTY}). Each test gets a new
 * database.
 */
class PostgresStoreTest extends StoreContract {
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
    void execute(String sql) throws SQLException {
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    long count(String sql) throws SQLException {
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
