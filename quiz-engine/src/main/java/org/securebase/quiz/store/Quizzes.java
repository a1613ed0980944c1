package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code quiz} table. */
final class Quizzes {
    private Quizzes() {
    }

    static void insert(Connection c, FrozenQuiz q, Instant savedAt) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quiz (id, blueprint_id, blueprint_version, seed,"
                + " library_fingerprint, content, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, q.id());
            p.setString(2, q.blueprintId());
            p.setInt(3, q.blueprintVersion());
            p.setLong(4, q.seed());
            p.setString(5, q.libraryFingerprint());
            p.setString(6, q.content());
            p.setString(7, Values.format(savedAt));
            p.executeUpdate();
        }
    }

    static Optional<FrozenQuiz> find(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, blueprint_id, blueprint_version, seed,"
                + " library_fingerprint, content FROM quiz WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FrozenQuiz(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
    }

    static java.util.List<FrozenQuiz> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id, blueprint_id, blueprint_version, seed,"
                + " library_fingerprint, content FROM quiz ORDER BY saved_at, id")) {
            java.util.List<FrozenQuiz> all = new java.util.ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.add(new FrozenQuiz(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return all;
        }
    }

    /** Refuses an unknown quiz with a message saying what to do. */
    static void require(Connection c, String id, String forWhat) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM quiz WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw StoreException.refused("unknown quiz '" + id + "' in " + forWhat
                            + "; save the quiz first; nothing was changed");
                }
            }
        }
    }
}
