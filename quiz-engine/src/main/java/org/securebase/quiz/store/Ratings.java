package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.question.QuestionRef;

/** The {@code rating} and {@code rating_audit} tables: the ratings in force and every rating ever given. */
final class Ratings {
    private Ratings() {
    }

    static Optional<StoredRating> find(Connection c, long attemptId, QuestionRef ref, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT attempt_id, question_ref, role, grader, levels, comment,"
                + " rated_at FROM rating WHERE attempt_id = ? AND question_ref = ? AND role = ?")) {
            p.setLong(1, attemptId);
            p.setString(2, ref.toString());
            p.setString(3, role);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Puts the rating in force (replacing one of the same answer and role) and audits it. */
    static void save(Connection c, StoredRating r, String action) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM rating WHERE attempt_id = ? AND question_ref = ?"
                + " AND role = ?")) {
            p.setLong(1, r.attemptId());
            p.setString(2, r.question().toString());
            p.setString(3, r.role());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rating (attempt_id, question_ref, role, grader,"
                + " levels, comment, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bind(p, 1, r);
            p.executeUpdate();
        }
        long id;
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM rating_audit");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rating_audit (id, attempt_id, question_ref, role,"
                + " grader, levels, comment, at, action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            bind(p, 2, r);
            p.setString(9, action);
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, int first, StoredRating r) throws SQLException {
        p.setLong(first, r.attemptId());
        p.setString(first + 1, r.question().toString());
        p.setString(first + 2, r.role());
        p.setString(first + 3, r.grader());
        p.setString(first + 4, r.levels());
        if (r.comment() == null) {
            p.setNull(first + 5, Types.VARCHAR);
        } else {
            p.setString(first + 5, r.comment());
        }
        p.setString(first + 6, Values.format(r.ratedAt()));
    }

    static List<StoredRating> ofQuiz(Connection c, String quizId) throws SQLException {
        List<StoredRating> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT r.attempt_id, r.question_ref, r.role, r.grader, r.levels,"
                + " r.comment, r.rated_at FROM rating r JOIN attempt a ON a.id = r.attempt_id WHERE a.quiz_id = ?"
                + " ORDER BY r.attempt_id, r.question_ref, r.role")) {
            p.setString(1, quizId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static List<RatingAuditRow> auditOfQuiz(Connection c, String quizId) throws SQLException {
        List<RatingAuditRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT r.attempt_id, r.question_ref, r.role, r.grader, r.levels,"
                + " r.comment, r.at, r.id, r.action FROM rating_audit r JOIN attempt a ON a.id = r.attempt_id"
                + " WHERE a.quiz_id = ? ORDER BY r.id")) {
            p.setString(1, quizId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new RatingAuditRow(rs.getLong(8), rs.getString(9), read(rs)));
                }
            }
        }
        return out;
    }

    private static StoredRating read(ResultSet rs) throws SQLException {
        return new StoredRating(rs.getLong(1), QuestionRef.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), Values.parse(rs.getString(7)));
    }
}
