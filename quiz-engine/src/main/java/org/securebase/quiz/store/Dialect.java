package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the databases a store can live in: how a transaction begins and ends
 * (SQLite's single writer against PostgreSQL's serializable transactions behind one lock), which
 * failures are worth running a transaction again for, the words for a failure, and the checks
 * that only one of them has. Every table, query and migration script not under
 * {@code migrations/<name>/} is the same SQL on both.
 */
interface Dialect {
    /** @return the folder under {@code migrations/} holding this database's own scripts */
    String name();

    /** @return the database's name as messages give it, with its article: "an SQLite", "a PostgreSQL" */
    String article();

    /** @return what to choose instead of a database that is not a result store */
    String instead();

    /** Begins a transaction on {@code c}: a write one excludes every other writer from its start. */
    void begin(Connection c, boolean write) throws SQLException;

    /** Commits the transaction begun by {@link #begin}. */
    void commit(Connection c, boolean write) throws SQLException;

    /** Rolls back whatever is pending after a failure; never throws. */
    void rollback(Connection c, boolean write);

    /** Whether the failure is a conflict with another connection, so running the transaction again may succeed. */
    boolean isRetryable(SQLException e);

    /** A clear message for a failure while doing {@code what}. */
    StoreException explain(String what, SQLException e);

    /** The database's own check of its storage: {@code ok}, or the problems found. */
    List<String> integrityCheck(Connection c) throws SQLException;

    /** Rows that refer to rows that are not there, one line each. */
    List<String> danglingReferences(Connection c) throws SQLException;
}
