package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code trainee} table. */
final class Trainees {
    private static final String COLUMNS = "id, name, email, licence_number, jurisdiction";

    private Trainees() {
    }

    static void upsert(Connection c, RegisteredTrainee t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO trainee (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,"
                + " licence_number = excluded.licence_number, jurisdiction = excluded.jurisdiction")) {
            p.setString(1, t.id());
            p.setString(2, t.name());
            p.setString(3, t.email());
            p.setString(4, t.licenceNumber());
            p.setString(5, t.jurisdiction());
            p.executeUpdate();
        }
    }

    static Optional<RegisteredTrainee> find(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM trainee WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static List<RegisteredTrainee> all(Connection c) throws SQLException {
        List<RegisteredTrainee> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM trainee ORDER BY id");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Refuses an unknown trainee with a message saying what to do. */
    static void require(Connection c, String id, String forWhat) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM trainee WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw StoreException.refused("unknown trainee '" + id + "' in " + forWhat
                            + "; add the trainee first; nothing was changed");
                }
            }
        }
    }

    private static RegisteredTrainee read(ResultSet rs) throws SQLException {
        return new RegisteredTrainee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
