package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a store's transactions get their connection: SQLite's one connection, kept for the
 * store's life, or a borrowed one from the pool of connections to a server, given back after
 * each transaction so a connection the server dropped is replaced, not reused.
 */
interface Connections extends AutoCloseable {
    /** A connection for one transaction or one statement. */
    Connection borrow() throws SQLException;

    /** Gives back a connection from {@link #borrow}. */
    void giveBack(Connection c);

    /** Closes every connection. */
    @Override
    void close() throws SQLException;

    /** SQLite's single connection: borrowing it is free, and it closes with the store. */
    static Connections single(Connection connection) {
        return new Connections() {
            @Override
            public Connection borrow() {
                return connection;
            }

            @Override
            public void giveBack(Connection c) {
                // kept for the next transaction
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }
}
