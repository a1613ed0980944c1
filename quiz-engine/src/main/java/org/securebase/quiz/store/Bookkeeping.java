package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's own numbers read back and compared with the rows it holds, for {@link StoreHealth}.
 * Ids and attempt numbers are handed out as the largest so far plus one and no row is ever
 * deleted, so any gap is a row lost to damage.
 */
final class Bookkeeping {
    private Bookkeeping() {
    }

    /** How many attempts are stored. */
    static long attempts(Connection c) throws SQLException {
        return number(c, "SELECT COUNT(*) FROM attempt");
    }

    /** What disagrees, one line each; empty when every count agrees. */
    static List<String> problems(Connection c, Dialect dialect) throws SQLException {
        List<String> out = new ArrayList<>();
        idsRunWithoutGaps(c, "attempt", out);
        idsRunWithoutGaps(c, "rescore", out);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT quiz_id, trainee_id, COUNT(*), MAX(number) FROM attempt GROUP BY quiz_id, trainee_id"
                        + " HAVING COUNT(*) <> MAX(number) ORDER BY quiz_id, trainee_id")) {
            while (rs.next()) {
                out.add("trainee " + rs.getString(2) + " has attempts numbered up to " + rs.getLong(4) + " at quiz "
                        + rs.getString(1) + " but " + rs.getLong(3) + " are stored: attempts are missing");
            }
        }
        out.addAll(dialect.danglingReferences(c));
        return out;
    }

    private static void idsRunWithoutGaps(Connection c, String table, List<String> out) throws SQLException {
        long rows = number(c, "SELECT COUNT(*) FROM " + table);
        long largest = number(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
        if (rows != largest) {
            out.add(table + " ids run to " + largest + " but " + rows + " " + table + " rows are stored: rows are missing");
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
