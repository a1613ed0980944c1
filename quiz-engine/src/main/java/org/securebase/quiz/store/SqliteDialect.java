package org.securebase.quiz.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite as a {@link Dialect}: a write begins {@code IMMEDIATE}, taking the file's only write
 * lock at once, so a transaction never fails half-way on a lock; a busy file is worth retrying.
 */
final class SqliteDialect implements Dialect {
    private final Path file;

    SqliteDialect(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String article() {
        return "an SQLite";
    }

    @Override
    public String instead() {
        return "choose another store file";
    }

    @Override
    public void begin(Connection c, boolean write) throws SQLException {
        Sqlite.begin(c, write);
    }

    @Override
    public void commit(Connection c, boolean write) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
        }
    }

    @Override
    public void rollback(Connection c, boolean write) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // BEGIN failed or SQLite already rolled back: nothing is pending
        }
    }

    @Override
    public boolean isRetryable(SQLException e) {
        return Sqlite.isBusy(e);
    }

    @Override
    public StoreException explain(String what, SQLException e) {
        return Sqlite.explain(file, what, e);
    }

    @Override
    public List<String> integrityCheck(Connection c) throws SQLException {
        return Sqlite.integrityCheck(c);
    }

    @Override
    public List<String> danglingReferences(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                out.add("a row of " + rs.getString(1) + " (row " + rs.getLong(2) + ") refers to a missing row of "
                        + rs.getString(3));
            }
        }
        return out;
    }
}
