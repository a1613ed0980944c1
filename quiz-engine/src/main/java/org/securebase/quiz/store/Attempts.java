package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** The {@code attempt} table: one row per attempt, open until it is submitted with its score. */
final class Attempts {
    private static final String COLUMNS = "id, quiz_id, trainee_id, number, variant_code, source, started_at,"
            + " submitted_at, score, max_score, percent, passed, counted, awaiting_grading";
    /** The columns read: those written, then the extra minutes granted so far (version 5). */
    private static final String READ_COLUMNS = COLUMNS + ", extra_minutes";

    /**
     * An attempt row without its responses; {@code submittedAt} and {@code score} are null while
     * open; {@code extraMinutes} is the sum of the time extensions granted to it.
     */
    record Row(long id, String quizId, String traineeId, int number, String variantCode, AttemptSource source,
            Instant startedAt, Instant submittedAt, StoredScore score, boolean counted, int extraMinutes) {
        boolean open() {
            return submittedAt == null;
        }

        String describe() {
            return "attempt " + id + " (trainee " + traineeId + ", quiz " + quizId + ", attempt #" + number + ")";
        }
    }

    private Attempts() {
    }

    /** The next free id; call inside a write transaction. */
    static long nextId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM attempt");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The trainee's next attempt number at the quiz; call inside a write transaction. */
    static int nextNumber(Connection c, String quizId, String traineeId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM attempt WHERE quiz_id = ? AND trainee_id = ?")) {
            p.setString(1, quizId);
            p.setString(2, traineeId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Counts one trainee's attempts at a quiz, on the index of {@code UNIQUE (quiz_id, trainee_id, number)}. */
    static final String COUNT = "SELECT COUNT(*) FROM attempt WHERE quiz_id = ? AND trainee_id = ?";

    /** How many attempts, open or submitted, the trainee has made at the quiz. */
    static int count(Connection c, String quizId, String traineeId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(COUNT)) {
            p.setString(1, quizId);
            p.setString(2, traineeId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Refuses a new attempt when the trainee has made {@code maxAttempts} at the quiz already: the
     * one check of the attempt limit, made inside the write transaction that records the attempt,
     * so concurrent writers cannot exceed it.
     */
    static void requireAttemptLeft(Connection c, String quizId, String traineeId, int maxAttempts)
            throws SQLException {
        if (count(c, quizId, traineeId) >= maxAttempts) {
            throw new AttemptLimitReached(quizId, traineeId, maxAttempts);
        }
    }

    static void insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO attempt (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, r.id());
            p.setString(2, r.quizId());
            p.setString(3, r.traineeId());
            p.setInt(4, r.number());
            p.setString(5, r.variantCode());
            p.setString(6, r.source().code());
            p.setString(7, Values.format(r.startedAt()));
            if (r.open()) {
                p.setNull(8, Types.VARCHAR);
                p.setNull(9, Types.DOUBLE);
                p.setNull(10, Types.DOUBLE);
                p.setNull(11, Types.DOUBLE);
                p.setNull(12, Types.BOOLEAN);
                p.setNull(13, Types.BOOLEAN);
                p.setBoolean(14, false);
            } else {
                p.setString(8, Values.format(r.submittedAt()));
                p.setDouble(9, r.score().points());
                p.setDouble(10, r.score().max());
                p.setDouble(11, r.score().percent());
                p.setBoolean(12, r.score().passed());
                p.setBoolean(13, r.counted());
                p.setBoolean(14, r.score().awaitingGrading());
            }
            p.executeUpdate();
        }
    }

    static Optional<Row> find(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + READ_COLUMNS + " FROM attempt WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The row of an attempt that must exist, or a refusal naming it. */
    static Row require(Connection c, long id, String forWhat) throws SQLException {
        return find(c, id).orElseThrow(() -> StoreException.refused(
                "unknown attempt " + id + " in " + forWhat + "; nothing was changed"));
    }

    /** The trainee's open attempt at the quiz, if any (at most one is ever open). */
    static Optional<Row> openOf(Connection c, String traineeId, String quizId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + READ_COLUMNS + " FROM attempt"
                + " WHERE trainee_id = ? AND quiz_id = ? AND submitted_at IS NULL ORDER BY number DESC")) {
            p.setString(1, traineeId);
            p.setString(2, quizId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Every attempt at the quiz joined with its responses, one result row per response (one with
     * null response columns for an attempt without any), by trainee id, attempt number and
     * response position: the attempt's columns first ({@link #read}), then the response's from
     * column {@value #RESPONSE_COLUMN} ({@link ResponseTable#read}).
     */
    static PreparedStatement withResponses(Connection c, String quizId) throws SQLException {
        PreparedStatement p = c.prepareStatement(JOINED + " WHERE a.quiz_id = ?" + JOINED_ORDER);
        try {
            p.setFetchSize(FETCH_ROWS);
            p.setString(1, quizId);
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }

    /** As {@link #withResponses}, for the submitted attempts of one trainee at the quiz only. */
    static PreparedStatement submittedWithResponses(Connection c, String quizId, String traineeId) throws SQLException {
        PreparedStatement p = c.prepareStatement(SUBMITTED_OF_TRAINEE);
        try {
            p.setString(1, quizId);
            p.setString(2, traineeId);
            return p;
        } catch (SQLException e) {
            p.close();
            throw e;
        }
    }

    /** Rows fetched at a time by a cursor: PostgreSQL's driver otherwise reads a whole result into memory. */
    private static final int FETCH_ROWS = 500;

    private static final String JOINED = "SELECT " + READ_COLUMNS.replaceAll("(\\w+)", "a.$1") + ", "
            + ResponseTable.COLUMNS.replaceAll("(\\w+)", "r.$1") + " FROM attempt a"
            + " LEFT JOIN response r ON r.attempt_id = a.id";
    private static final String JOINED_ORDER = " ORDER BY a.trainee_id, a.number, r.position";

    /** One trainee's submitted attempts with their responses, on the same index as {@link #COUNT}. */
    static final String SUBMITTED_OF_TRAINEE = JOINED + " WHERE a.quiz_id = ? AND a.trainee_id = ?"
            + " AND a.submitted_at IS NOT NULL" + JOINED_ORDER;

    /** Every attempt of one trainee with its responses, by quiz and attempt number (index attempt_by_trainee). */
    static final String OF_TRAINEE = JOINED + " WHERE a.trainee_id = ? ORDER BY a.quiz_id, a.number, r.position";

    /** The first column of the response in a row of {@link #withResponses}. */
    static final int RESPONSE_COLUMN = 16;

    /** Marks an open attempt submitted with its score; refuses if it is no longer open. */
    static void submit(Connection c, long id, Instant submittedAt, StoredScore score, boolean counted) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE attempt SET submitted_at = ?, score = ?, max_score = ?,"
                + " percent = ?, passed = ?, awaiting_grading = ?, counted = ? WHERE id = ? AND submitted_at IS NULL")) {
            p.setString(1, Values.format(submittedAt));
            setScore(p, 2, score);
            p.setBoolean(7, counted);
            p.setLong(8, id);
            if (p.executeUpdate() != 1) {
                throw StoreException.refused("attempt " + id + " is not open; nothing was changed");
            }
        }
    }

    /** Replaces a submitted attempt's score. */
    static void rescore(Connection c, long id, StoredScore score) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE attempt SET score = ?, max_score = ?, percent = ?,"
                + " passed = ?, awaiting_grading = ? WHERE id = ? AND submitted_at IS NOT NULL")) {
            setScore(p, 1, score);
            p.setLong(6, id);
            if (p.executeUpdate() != 1) {
                throw StoreException.refused("attempt " + id + " is not submitted; nothing was changed");
            }
        }
    }

    private static void setScore(PreparedStatement p, int first, StoredScore score) throws SQLException {
        p.setDouble(first, score.points());
        p.setDouble(first + 1, score.max());
        p.setDouble(first + 2, score.percent());
        p.setBoolean(first + 3, score.passed());
        p.setBoolean(first + 4, score.awaitingGrading());
    }

    /**
     * Adds minutes to an open attempt's time; the caller records the grant in the same transaction.
     *
     * @return whether the attempt was open (nothing is changed when it was not)
     */
    static boolean extend(Connection c, long id, int minutes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE attempt SET extra_minutes = extra_minutes + ?"
                + " WHERE id = ? AND submitted_at IS NULL")) {
            p.setInt(1, minutes);
            p.setLong(2, id);
            return p.executeUpdate() == 1;
        }
    }

    /** The attempt in the current row, read from its first 15 columns. */
    static Row read(ResultSet rs) throws SQLException {
        String submitted = rs.getString(8);
        StoredScore score = submitted == null ? null
                : new StoredScore(rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getBoolean(12),
                        rs.getBoolean(14));
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                AttemptSource.ofCode(rs.getString(6)), Values.parse(rs.getString(7)), Values.parse(submitted), score,
                submitted != null && rs.getBoolean(13), rs.getInt(15));
    }
}
