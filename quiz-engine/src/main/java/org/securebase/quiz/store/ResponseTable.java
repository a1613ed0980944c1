package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.securebase.model.question.QuestionRef;

/**
 * The {@code response} table: one row per attempt and question, with its mark once scored and
 * its position, so responses read back in the order they were given. Rows are written in
 * batches of {@value #CHUNK} through one prepared statement.
 */
final class ResponseTable {
    static final int CHUNK = 10;
    static final String COLUMNS = "question_ref, answer, answered_at, late, mark";
    private static final String WRITE_COLUMNS = "attempt_id, position, " + COLUMNS;

    /** A stored response and its mark, null until the attempt is scored. */
    record Stored(StoredResponse response, Double mark) {
    }

    private ResponseTable() {
    }

    static void insertMarked(Connection c, long attemptId, List<MarkedResponse> responses, Probe probe)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO response (" + WRITE_COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int written = 0;
            for (MarkedResponse m : responses) {
                StoredResponse r = m.response();
                p.setLong(1, attemptId);
                p.setInt(2, written + 1);
                p.setString(3, r.question().toString());
                p.setString(4, r.answer());
                p.setString(5, Values.format(r.answeredAt()));
                p.setBoolean(6, r.late());
                p.setDouble(7, m.mark());
                p.addBatch();
                written++;
                if (written % CHUNK == 0 || written == responses.size()) {
                    p.executeBatch();
                    probe.responsesWritten(attemptId, written, responses.size());
                }
            }
        }
    }

    /**
     * Records a response of an open attempt after the others, or replaces an earlier answer to the
     * same question in its place.
     */
    static void upsert(Connection c, long attemptId, StoredResponse r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO response (" + WRITE_COLUMNS + ")"
                + " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM response WHERE attempt_id = ?),"
                + " ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_ref) DO UPDATE SET"
                + " answer = excluded.answer, answered_at = excluded.answered_at, late = excluded.late")) {
            p.setLong(1, attemptId);
            p.setLong(2, attemptId);
            p.setString(3, r.question().toString());
            p.setString(4, r.answer());
            p.setString(5, Values.format(r.answeredAt()));
            p.setBoolean(6, r.late());
            p.setNull(7, Types.DOUBLE);
            p.executeUpdate();
        }
    }

    /** Sets the mark of each named response of the attempt. */
    static void setMarks(Connection c, long attemptId, Map<QuestionRef, Double> marks, Probe probe)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE response SET mark = ? WHERE attempt_id = ? AND question_ref = ?")) {
            int written = 0;
            for (Map.Entry<QuestionRef, Double> e : marks.entrySet()) {
                p.setDouble(1, e.getValue());
                p.setLong(2, attemptId);
                p.setString(3, e.getKey().toString());
                p.addBatch();
                written++;
                if (written % CHUNK == 0 || written == marks.size()) {
                    p.executeBatch();
                    probe.responsesWritten(attemptId, written, marks.size());
                }
            }
        }
    }

    /** The attempt's responses in the order they were first given. */
    static List<Stored> of(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT attempt_id, " + COLUMNS + " FROM response"
                + " WHERE attempt_id = ? ORDER BY position")) {
            p.setLong(1, attemptId);
            return grouped(p).getOrDefault(attemptId, List.of());
        }
    }

    private static Map<Long, List<Stored>> grouped(PreparedStatement p) throws SQLException {
        Map<Long, List<Stored>> out = new HashMap<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(read(rs, 2));
            }
        }
        return out;
    }

    /** The response in the current row, from the {@link #COLUMNS} starting at column {@code first}. */
    static Stored read(ResultSet rs, int first) throws SQLException {
        return read(rs, first, QuestionRef::parse);
    }

    /** The same, with the question references made by {@code refs} from their text (e.g. from a cache). */
    static Stored read(ResultSet rs, int first, Function<String, QuestionRef> refs) throws SQLException {
        StoredResponse r = new StoredResponse(refs.apply(rs.getString(first)), rs.getString(first + 1),
                Values.parse(rs.getString(first + 2)), rs.getBoolean(first + 3));
        double mark = rs.getDouble(first + 4);
        return new Stored(r, rs.wasNull() ? null : mark);
    }

    /** The stored responses as a map by question, in order. */
    static Map<QuestionRef, Stored> byQuestion(List<Stored> stored) {
        Map<QuestionRef, Stored> out = new LinkedHashMap<>();
        for (Stored s : stored) {
            out.put(s.response().question(), s);
        }
        return out;
    }
}
