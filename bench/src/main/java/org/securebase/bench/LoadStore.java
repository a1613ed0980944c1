package org.securebase.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The store a {@link WorkshopLoad} run serves from: how {@code serve} is told to open it
 * ({@code --db}), and a plain JDBC connection through which the run then counts its rows.
 */
interface LoadStore {
    /** @return how the table names the store */
    String label();

    /** @return the value of {@code --db} */
    String dbArgument();

    /** @return a connection to the store's database, outside the kit, to count rows */
    Connection connect() throws SQLException;

    /** A fresh SQLite file in the folder. */
    static LoadStore sqliteIn(Path dir) {
        return new SqliteFile(dir.resolve("workshop.db"));
    }

    /** An SQLite file. */
    record SqliteFile(Path file) implements LoadStore {
        @Override
        public String label() {
            return "SQLite file";
        }

        @Override
        public String dbArgument() {
            return file.toString();
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:sqlite:" + file);
        }
    }

    /**
     * A database on a PostgreSQL server.
     *
     * @param label how the table names it
     * @param host the server's host
     * @param port its port
     * @param database the database
     * @param user the role
     * @param password the password, or null when the server needs none
     */
    record PostgresDatabase(String label, String host, int port, String database, String user, String password)
            implements LoadStore {
        @Override
        public String dbArgument() {
            return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
        }

        @Override
        public Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            if (password != null) {
                p.setProperty("password", password);
            }
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, p);
        }
    }
}
