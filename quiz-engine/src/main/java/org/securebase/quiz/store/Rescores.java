package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;

/** The {@code rescore} and {@code rescore_attempt} tables: the audit trail of rescoring. */
final class Rescores {
    private Rescores() {
    }

    static long nextId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM rescore");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void insert(Connection c, RescoreRecord r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rescore (id, applied_at, kind, quiz_id,"
                + " question_ref, old_key, new_key, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, r.id());
            p.setString(2, Values.format(r.appliedAt()));
            p.setString(3, r.kind().code());
            p.setString(4, r.quizId());
            p.setString(5, r.question().toString());
            p.setString(6, r.oldKey());
            if (r.newKey() == null) {
                p.setNull(7, Types.VARCHAR);
            } else {
                p.setString(7, r.newKey());
            }
            p.setString(8, r.reason());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO rescore_attempt (rescore_id, attempt_id,"
                + " old_score, new_score, old_max, new_max, old_percent, new_percent, old_passed, new_passed,"
                + " old_awaiting_grading, new_awaiting_grading) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredScoreChange s : r.changes()) {
                p.setLong(1, r.id());
                p.setLong(2, s.attemptId());
                p.setDouble(3, s.before().points());
                p.setDouble(4, s.after().points());
                p.setDouble(5, s.before().max());
                p.setDouble(6, s.after().max());
                p.setDouble(7, s.before().percent());
                p.setDouble(8, s.after().percent());
                p.setBoolean(9, s.before().passed());
                p.setBoolean(10, s.after().passed());
                p.setBoolean(11, s.before().awaitingGrading());
                p.setBoolean(12, s.after().awaitingGrading());
                p.addBatch();
            }
            if (!r.changes().isEmpty()) {
                p.executeBatch();
            }
        }
    }

    /** The score changes of a quiz's rescores, on the index {@code rescore_by_quiz} (version 2). */
    static final String CHANGES_OF_QUIZ = "SELECT ra.rescore_id, ra.attempt_id, ra.old_score,"
            + " ra.new_score, ra.old_max, ra.new_max, ra.old_percent, ra.new_percent, ra.old_passed, ra.new_passed,"
            + " ra.old_awaiting_grading, ra.new_awaiting_grading FROM rescore_attempt ra JOIN rescore r ON r.id = ra.rescore_id WHERE r.quiz_id = ?"
            + " ORDER BY ra.rescore_id, ra.attempt_id";
    /** A quiz's rescores, oldest first, on the index {@code rescore_by_quiz} (version 2). */
    static final String OF_QUIZ = "SELECT id, quiz_id, question_ref, kind, old_key, new_key,"
            + " reason, applied_at FROM rescore WHERE quiz_id = ? ORDER BY id";

    static List<RescoreRecord> ofQuiz(Connection c, String quizId) throws SQLException {
        Map<Long, List<StoredScoreChange>> changes = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(CHANGES_OF_QUIZ)) {
            p.setString(1, quizId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    changes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredScoreChange(rs.getLong(2),
                            new StoredScore(rs.getDouble(3), rs.getDouble(5), rs.getDouble(7), rs.getBoolean(9),
                                    rs.getBoolean(11)),
                            new StoredScore(rs.getDouble(4), rs.getDouble(6), rs.getDouble(8), rs.getBoolean(10),
                                    rs.getBoolean(12))));
                }
            }
        }
        List<RescoreRecord> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(OF_QUIZ)) {
            p.setString(1, quizId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new RescoreRecord(id, rs.getString(2), QuestionRef.parse(rs.getString(3)),
                            RescoreKind.ofCode(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                            Values.parse(rs.getString(8)), changes.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }
}
