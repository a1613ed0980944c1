package org.securebase.quiz.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Moves a store's rows into another, empty store, from an SQLite file to a PostgreSQL server
 * or back (a laptop's store moving up to the provider's server, a server's store archived to a
 * file). Each table is copied in the order its references need, in batches of {@value #BATCH}
 * rows, each batch one transaction on the target; then every table is verified: its row count
 * and a content digest, read on both sides, must agree. If any batch fails or any table differs,
 * every copied row is removed again, so the target is never left half-copied.
 *
 * <p>The digest does not depend on row order (the databases sort text differently): it is the
 * SHA-256 of the sorted SHA-256 digests of the rows, each row's values written with their kind
 * and length, so {@code NULL}, an empty text and a zero differ.
 *
 * @since 0.4
 */
public final class StoreCopy {
    /** Rows per target transaction. */
    static final int BATCH = 500;

    /** A column's kind, read and written with the JDBC call that keeps its value exact on both databases. */
    private enum Kind { TEXT, LONG, DOUBLE, BOOLEAN }

    /** A table and its columns, in the order the copy fills them (a table after those it refers to). */
    private record Table(String name, List<String> columns, List<Kind> kinds) {
        static Table of(String name, Object... columnsAndKinds) {
            List<String> columns = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            for (int i = 0; i < columnsAndKinds.length; i += 2) {
                columns.add((String) columnsAndKinds[i]);
                kinds.add((Kind) columnsAndKinds[i + 1]);
            }
            return new Table(name, List.copyOf(columns), List.copyOf(kinds));
        }
    }

    private static final Kind T = Kind.TEXT;
    private static final Kind L = Kind.LONG;
    private static final Kind D = Kind.DOUBLE;
    private static final Kind B = Kind.BOOLEAN;

    /** The tables copied, parents before children; not {@code schema_version}, which each store keeps for itself. */
    private static final List<Table> TABLES = List.of(
            Table.of("trainee", "id", T, "name", T, "email", T, "licence_number", T, "jurisdiction", T),
            Table.of("quiz", "id", T, "blueprint_id", T, "blueprint_version", L, "seed", L, "library_fingerprint", T,
                    "content", T, "saved_at", T),
            Table.of("attempt", "id", L, "quiz_id", T, "trainee_id", T, "number", L, "variant_code", T, "source", T,
                    "started_at", T, "submitted_at", T, "score", D, "max_score", D, "percent", D, "passed", B,
                    "counted", B, "awaiting_grading", B, "extra_minutes", L),
            Table.of("time_extension", "attempt_id", L, "number", L, "minutes", L, "granted_by", T, "granted_at", T),
            Table.of("response", "attempt_id", L, "question_ref", T, "position", L, "answer", T, "answered_at", T,
                    "late", B, "mark", D),
            Table.of("rescore", "id", L, "applied_at", T, "kind", T, "quiz_id", T, "question_ref", T, "old_key", T,
                    "new_key", T, "reason", T),
            Table.of("rescore_attempt", "rescore_id", L, "attempt_id", L, "old_score", D, "new_score", D, "old_max", D,
                    "new_max", D, "old_percent", D, "new_percent", D, "old_passed", B, "new_passed", B,
                    "old_awaiting_grading", B, "new_awaiting_grading", B),
            Table.of("certificate", "number", T, "lookup_code", T, "trainee_id", T, "course_id", T, "quiz_id", T,
                    "attempt_id", L, "issued_at", T, "fields", T, "signature", T, "revoked", B, "revoked_reason", T,
                    "revoked_at", T),
            Table.of("rating", "attempt_id", L, "question_ref", T, "role", T, "grader", T, "levels", T, "comment", T,
                    "rated_at", T),
            Table.of("rating_audit", "id", L, "attempt_id", L, "question_ref", T, "role", T, "grader", T, "action", T,
                    "levels", T, "comment", T, "at", T),
            Table.of("erasure", "pseudonym", T, "erased_at", T, "reason", T, "attempts", L, "certificates", L));

    /**
     * One table as both sides hold it after the copy.
     *
     * @param table the table
     * @param rows its rows, equal on both sides
     * @param digest its content digest (hex SHA-256), equal on both sides
     */
    public record CopiedTable(String table, long rows, String digest) {
    }

    private StoreCopy() {
    }

    /**
     * Copies every row of {@code from} into {@code to}, which must hold no results yet (it is
     * created when it is a file that does not exist), and verifies the copy.
     *
     * @param from the store to copy
     * @param to an empty store, of either kind
     * @param environment the environment, for a server's password
     * @return each table with its rows and digest, equal on both sides
     * @throws StoreException if the target holds results, either store cannot be used, or the copy
     *     differs from the original (the target is emptied again)
     */
    public static List<CopiedTable> copy(StoreLocation from, StoreLocation to, Map<String, String> environment) {
        if (from.equals(to)) {
            throw StoreException.refused("cannot copy " + from + " onto itself; name another --to");
        }
        try (ResultStore source = ResultStore.open(from, environment); ResultStore target = ResultStore.open(to, environment)) {
            if (source.schemaVersion() != target.schemaVersion()) {
                throw StoreException.refused("the stores are at schema versions " + source.schemaVersion() + " and "
                        + target.schemaVersion() + "; open both with this SecureBase first");
            }
            long held = target.transactions().read("count the rows of " + to, StoreCopy::rowsHeld);
            if (held > 0) {
                throw StoreException.refused(to + " already holds " + held + (held == 1 ? " row" : " rows") + " of results; copy into a new,"
                        + " empty database so nothing is mixed or overwritten");
            }
            try {
                for (Table table : TABLES) {
                    copyTable(table, source.transactions(), target.transactions());
                }
                List<CopiedTable> copied = new ArrayList<>();
                for (Table table : TABLES) {
                    CopiedTable there = source.transactions().read("digest " + table.name(), c -> digest(c, table));
                    CopiedTable here = target.transactions().read("digest " + table.name(), c -> digest(c, table));
                    if (!there.equals(here)) {
                        throw new StoreException(StoreException.Kind.UNAVAILABLE, "the copy of table " + table.name()
                                + " differs from the original (" + there.rows() + " rows, digest " + there.digest()
                                + " in " + from + "; " + here.rows() + " rows, digest " + here.digest() + " in " + to
                                + "); the copied rows were removed again");
                    }
                    copied.add(here);
                }
                return copied;
            } catch (RuntimeException e) {
                try {
                    target.transactions().write("remove the copied rows from " + to, StoreCopy::empty);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }

    private static void copyTable(Table table, Transactions source, Transactions target) {
        String select = "SELECT " + String.join(", ", table.columns()) + " FROM " + table.name();
        String insert = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        source.read("read table " + table.name(), c -> {
            try (Statement s = c.createStatement()) {
                s.setFetchSize(BATCH);
                try (ResultSet rs = s.executeQuery(select)) {
                    List<Object[]> batch = new ArrayList<>(BATCH);
                    while (rs.next()) {
                        batch.add(row(rs, table));
                        if (batch.size() == BATCH) {
                            write(target, table, insert, batch);
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        write(target, table, insert, batch);
                    }
                }
            }
            return null;
        });
    }

    private static void write(Transactions target, Table table, String insert, List<Object[]> batch) {
        List<Object[]> rows = List.copyOf(batch);
        target.write("copy " + rows.size() + " rows of table " + table.name(), c -> {
            try (PreparedStatement p = c.prepareStatement(insert)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        bind(p, i + 1, table.kinds().get(i), row[i]);
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    private static Object[] row(ResultSet rs, Table table) throws SQLException {
        Object[] values = new Object[table.columns().size()];
        for (int i = 0; i < values.length; i++) {
            int column = i + 1;
            Object v;
            switch (table.kinds().get(i)) {
                case LONG:
                    v = rs.getLong(column);
                    break;
                case DOUBLE:
                    v = rs.getDouble(column);
                    break;
                case BOOLEAN:
                    v = rs.getBoolean(column);
                    break;
                default:
                    v = rs.getString(column);
                    break;
            }
            values[i] = rs.wasNull() ? null : v;
        }
        return values;
    }

    private static void bind(PreparedStatement p, int index, Kind kind, Object value) throws SQLException {
        switch (kind) {
            case LONG:
                if (value == null) {
                    p.setNull(index, Types.BIGINT);
                } else {
                    p.setLong(index, (Long) value);
                }
                break;
            case DOUBLE:
                if (value == null) {
                    p.setNull(index, Types.DOUBLE);
                } else {
                    p.setDouble(index, (Double) value);
                }
                break;
            case BOOLEAN:
                if (value == null) {
                    p.setNull(index, Types.BOOLEAN);
                } else {
                    p.setBoolean(index, (Boolean) value);
                }
                break;
            default:
                if (value == null) {
                    p.setNull(index, Types.VARCHAR);
                } else {
                    p.setString(index, (String) value);
                }
                break;
        }
    }

    /** The table's row count and order-independent content digest, read on one snapshot. */
    private static CopiedTable digest(Connection c, Table table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", table.columns()) + " FROM " + table.name())) {
                while (rs.next()) {
                    rows.add(rowDigest(row(rs, table), table));
                }
            }
        }
        Collections.sort(rows);
        MessageDigest all = sha256();
        for (String r : rows) {
            all.update(r.getBytes(StandardCharsets.US_ASCII));
        }
        return new CopiedTable(table.name(), rows.size(), HexFormat.of().formatHex(all.digest()));
    }

    private static String rowDigest(Object[] row, Table table) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                text.append("N;");
            } else {
                String v = table.kinds().get(i) == Kind.DOUBLE ? Long.toHexString(Double.doubleToLongBits((Double) row[i]))
                        : row[i].toString();
                text.append(table.kinds().get(i).name().charAt(0)).append(v.length()).append(':').append(v).append(';');
            }
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static long rowsHeld(Connection c) throws SQLException {
        long rows = 0;
        for (Table table : TABLES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                rs.next();
                rows += rs.getLong(1);
            }
        }
        return rows;
    }

    private static Void empty(Connection c) throws SQLException {
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + TABLES.get(i).name());
            }
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
