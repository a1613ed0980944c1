package org.securebase.quiz.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code erasure} table (version 4) and the statements that erase a trainee: a new trainee
 * row under a random pseudonym with no personal details, every attempt and certificate moved to
 * it (a certificate's printed fields and signature, which carry the name and licence, replaced
 * by {@link #ERASED}), the trainee's row deleted and the audit row written, in the caller's
 * transaction. Responses and marks stay, so item statistics do not change.
 */
final class Erasures {
    /** What an erased trainee's name, and an erased certificate's fields and signature, read. */
    static final String ERASED = "erased at the trainee's request";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Erasures() {
    }

    /** A pseudonym no one can derive from the erased id: {@code erased-} and 16 random hex digits. */
    static String newPseudonym() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "erased-" + HexFormat.of().formatHex(bytes);
    }

    static Erasure erase(Connection c, String traineeId, String pseudonym, String reason, Instant at)
            throws SQLException {
        Trainees.upsert(c, new RegisteredTrainee(pseudonym, ERASED, null, null, null));
        int attempts = update(c, "UPDATE attempt SET trainee_id = ? WHERE trainee_id = ?", pseudonym, traineeId);
        int certificates;
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE certificate SET trainee_id = ?, fields = ?, signature = ? WHERE trainee_id = ?")) {
            p.setString(1, pseudonym);
            p.setString(2, ERASED);
            p.setString(3, ERASED);
            p.setString(4, traineeId);
            certificates = p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM trainee WHERE id = ?")) {
            p.setString(1, traineeId);
            p.executeUpdate();
        }
        Erasure erasure = new Erasure(pseudonym, at, reason, attempts, certificates);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO erasure (pseudonym, erased_at, reason, attempts,"
                + " certificates) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, erasure.pseudonym());
            p.setString(2, Values.format(erasure.erasedAt()));
            p.setString(3, erasure.reason());
            p.setInt(4, erasure.attempts());
            p.setInt(5, erasure.certificates());
            p.executeUpdate();
        }
        return erasure;
    }

    /**
     * Gives each of the trainee's attempts the variant code it names under the pseudonym; refuses
     * codes that do not name exactly the trainee's attempts (one may have started since they were
     * worked out).
     */
    static void recode(Connection c, String traineeId, Map<Long, String> codes) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM attempt WHERE trainee_id = ?")) {
            p.setString(1, traineeId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (!ids.equals(new TreeSet<>(codes.keySet()))) {
            throw StoreException.refused("the attempts of trainee " + traineeId + " are " + ids + ", but variant codes"
                    + " were given for " + new TreeSet<>(codes.keySet()) + " (an attempt may have started meanwhile);"
                    + " run the erasure again; nothing was erased");
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE attempt SET variant_code = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> e : codes.entrySet()) {
                p.setString(1, e.getValue());
                p.setLong(2, e.getKey());
                p.addBatch();
            }
            if (!codes.isEmpty()) {
                p.executeBatch();
            }
        }
    }

    static Optional<Erasure> find(Connection c, String pseudonym) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pseudonym, erased_at, reason, attempts, certificates"
                + " FROM erasure WHERE pseudonym = ?")) {
            p.setString(1, pseudonym);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Erasure(rs.getString(1), Values.parse(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), rs.getInt(5))) : Optional.empty();
            }
        }
    }

    /**
     * The trainees, erased ones left out, whose last recorded activity (an attempt started or
     * submitted, a certificate issued) is before {@code since}; a trainee with none counts as
     * inactive. By id.
     */
    static List<InactiveTrainee> inactiveSince(Connection c, Instant since) throws SQLException {
        String cutoff = Values.format(since);
        List<InactiveTrainee> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT t.id,"
                + " (SELECT MAX(a.started_at) FROM attempt a WHERE a.trainee_id = t.id),"
                + " (SELECT MAX(a.submitted_at) FROM attempt a WHERE a.trainee_id = t.id),"
                + " (SELECT MAX(x.issued_at) FROM certificate x WHERE x.trainee_id = t.id),"
                + " (SELECT COUNT(*) FROM attempt a WHERE a.trainee_id = t.id)"
                + " FROM trainee t WHERE NOT EXISTS (SELECT 1 FROM erasure e WHERE e.pseudonym = t.id) ORDER BY t.id")) {
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String last = latest(rs.getString(2), rs.getString(3), rs.getString(4));
                    if (last == null || last.compareTo(cutoff) < 0) {
                        out.add(new InactiveTrainee(rs.getString(1), last == null ? null : Values.parse(last),
                                rs.getInt(5)));
                    }
                }
            }
        }
        return out;
    }

    private static String latest(String... times) {
        String latest = null;
        for (String t : times) {
            if (t != null && (latest == null || t.compareTo(latest) > 0)) {
                latest = t;
            }
        }
        return latest;
    }

    private static int update(Connection c, String sql, String first, String second) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, first);
            p.setString(2, second);
            return p.executeUpdate();
        }
    }
}
