package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code certificate} table. */
final class CertificateTable {
    private static final String COLUMNS = "number, lookup_code, trainee_id, course_id, quiz_id, attempt_id,"
            + " issued_at, fields, signature, revoked, revoked_reason, revoked_at";

    private CertificateTable() {
    }

    static void insert(Connection c, StandingCertificate i) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO certificate (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, NULL)")) {
            p.setString(1, i.number());
            p.setString(2, i.lookupCode());
            p.setString(3, i.traineeId());
            p.setString(4, i.courseId());
            p.setString(5, i.quizId());
            p.setLong(6, i.attemptId());
            p.setString(7, Values.format(i.issuedAt()));
            p.setString(8, i.fields());
            p.setString(9, i.signature());
            p.executeUpdate();
        }
    }

    static Optional<Certificate> byNumber(Connection c, String number) throws SQLException {
        return one(c, "number", number);
    }

    static Optional<Certificate> byCode(Connection c, String lookupCode) throws SQLException {
        return one(c, "lookup_code", lookupCode);
    }

    static void revoke(Connection c, String number, String reason, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE certificate SET revoked = TRUE, revoked_reason = ?,"
                + " revoked_at = ? WHERE number = ? AND revoked = FALSE")) {
            p.setString(1, reason);
            p.setString(2, Values.format(at));
            p.setString(3, number);
            if (p.executeUpdate() != 1) {
                throw StoreException.refused("certificate " + number + " is not a valid issued certificate;"
                        + " nothing was changed");
            }
        }
    }

    static java.util.List<Certificate> where(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM certificate WHERE " + column
                + " = ? ORDER BY number")) {
            p.setString(1, value);
            java.util.List<Certificate> all = new java.util.ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.add(read(rs));
                }
            }
            return all;
        }
    }

    private static Optional<Certificate> one(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM certificate WHERE "
                + column + " = ?")) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Certificate read(ResultSet rs) throws SQLException {
        StandingCertificate issued = new StandingCertificate(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getLong(6), Values.parse(rs.getString(7)),
                rs.getString(8), rs.getString(9));
        if (!rs.getBoolean(10)) {
            return issued;
        }
        return new RevokedCertificate(issued, rs.getString(11), Values.parse(rs.getString(12)));
    }
}
