package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code time_extension} table: every grant of more time to an attempt (version 5). */
final class TimeExtensions {
    private TimeExtensions() {
    }

    static int nextNumber(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM time_extension WHERE attempt_id = ?")) {
            p.setLong(1, attemptId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void insert(Connection c, StoredExtension e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO time_extension (attempt_id, number, minutes,"
                + " granted_by, granted_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, e.attemptId());
            p.setInt(2, e.number());
            p.setInt(3, e.minutes());
            p.setString(4, e.grantedBy());
            p.setString(5, Values.format(e.grantedAt()));
            p.executeUpdate();
        }
    }

    static List<StoredExtension> of(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT attempt_id, number, minutes, granted_by, granted_at"
                + " FROM time_extension WHERE attempt_id = ? ORDER BY number")) {
            p.setLong(1, attemptId);
            try (ResultSet rs = p.executeQuery()) {
                List<StoredExtension> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new StoredExtension(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            Values.parse(rs.getString(5))));
                }
                return out;
            }
        }
    }
}
