package org.securebase.quiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates and upgrades the store's tables by ordered, versioned SQL scripts
 * ({@code migrations/V<n>__<name>.sql}), each applied with its row in {@code schema_version} in
 * one transaction, so a store is always at exactly one known version. A database whose SQL
 * differs has its own script under {@code migrations/<dialect>/} with the same name, read in
 * place of the shared one; both databases reach the same versions. Refuses a store whose
 * version is newer than this code knows. A script's version is the number in its name, so the
 * scripts are listed in increasing order of it.
 */
final class Migrations {
    /**
     * The scripts in order of their versions, each named {@code V<version>__<name>.sql}; a script
     * brings the store to its version. Versions rise strictly but may leave gaps: the numbers are
     * handed out to parallel lines of work, which are merged in version order.
     */
    static final List<String> SCRIPTS = List.of("V1__results.sql", "V2__rescores_by_quiz.sql", "V3__grading.sql", "V4__erasure.sql",
            "V5__time_extensions.sql",
            "V6__awaiting_grading.sql");

    private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
            + " version INTEGER NOT NULL PRIMARY KEY,"
            + " script VARCHAR(200) NOT NULL,"
            + " applied_at VARCHAR(30) NOT NULL)";

    private Migrations() {
    }

    /** The version this code brings a store to. */
    static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** The version a script brings the store to, from its name {@code V<version>__<name>.sql}. */
    static int version(String script) {
        int end = script.indexOf("__");
        if (!script.startsWith("V") || end < 2) {
            throw new IllegalStateException("migration script " + script + " is not named V<version>__<name>.sql");
        }
        return Integer.parseInt(script.substring(1, end));
    }

    /** Brings the store to {@link #latest()}, or refuses it; returns the version it is at. */
    static int migrate(Transactions tx, Dialect dialect, String file) {
        int found = tx.write("read the schema version", c -> {
            if (!hasTable(c, "schema_version") && hasAnyTable(c)) {
                throw new StoreException(StoreException.Kind.INCOMPATIBLE, file + " is " + dialect.article()
                        + " database but not a SecureBase result store (it has tables but no schema_version); "
                        + dialect.instead());
            }
            if (!hasTable(c, "schema_version")) {
                // only when absent: PostgreSQL checks the right to create even for IF NOT EXISTS,
                // and a least-privilege role (ServerRoles) has none
                try (Statement s = c.createStatement()) {
                    s.execute(VERSION_TABLE);
                }
            }
            return current(c);
        });
        if (found > latest()) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "the result store " + file + " has schema version "
                    + found + ", newer than this SecureBase knows (up to " + latest()
                    + "); use the newer SecureBase that wrote it, or a backup made before it was upgraded");
        }
        for (String script : SCRIPTS) {
            int version = version(script);
            if (version <= found) {
                continue;
            }
            tx.write("apply migration " + script, c -> {
                if (current(c) >= version) {
                    return null;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(dialect.name(), script)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setString(3, Values.format(Instant.now()));
                    p.executeUpdate();
                }
                return null;
            });
        }
        return Math.max(found, latest());
    }

    /** The version recorded in {@code schema_version}, 0 for none. */
    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The statements of a shared script: comment lines dropped, split where a line ends with ';'. */
    static List<String> statements(String script) {
        return statements(null, script);
    }

    /** The statements of a script as the dialect runs it: its own version if it has one, else the shared one. */
    static List<String> statements(String dialect, String script) {
        String text;
        InputStream own = dialect == null ? null : Migrations.class.getResourceAsStream("migrations/" + dialect + "/" + script);
        try (InputStream in = own != null ? own : Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script migrations/" + script + " is missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration script " + script, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script " + script + " ends without ';'");
        }
        return out;
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAnyTable(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
