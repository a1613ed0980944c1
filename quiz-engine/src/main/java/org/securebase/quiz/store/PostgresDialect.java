package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL as a {@link Dialect}. Every transaction is {@code SERIALIZABLE}; a write first takes
 * one session advisory lock, before its snapshot is taken, so writers run one after another as
 * on SQLite (an attempt's number and the attempt limit are read and written under it) while
 * readers never wait. Serialization failures ({@code 40001}) and deadlocks ({@code 40P01}) are
 * retried by {@link Transactions}.
 */
final class PostgresDialect implements Dialect {
    /** The advisory lock every writer holds: the bytes of "SecureBa" as one key, so other programs' locks differ. */
    static final long WRITER_LOCK = 0x5365637572654261L;

    private final StoreLocation.Server server;

    PostgresDialect(StoreLocation.Server server) {
        this.server = server;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String article() {
        return "a PostgreSQL";
    }

    @Override
    public String instead() {
        return "choose another database, or create an empty one for SecureBase";
    }

    @Override
    public void begin(Connection c, boolean write) throws SQLException {
        if (write) {
            lock(c, "SELECT pg_advisory_lock(?)");
        }
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        } catch (SQLException e) {
            if (write) {
                lock(c, "SELECT pg_advisory_unlock(?)");
            }
            throw e;
        }
    }

    @Override
    public void commit(Connection c, boolean write) throws SQLException {
        c.commit();
        c.setAutoCommit(true);
        if (write) {
            lock(c, "SELECT pg_advisory_unlock(?)");
        }
    }

    @Override
    public void rollback(Connection c, boolean write) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (write) {
                lock(c, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            // the connection is broken: the server ends its session, and with it the lock;
            // the pool finds the connection dead and replaces it
        }
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, WRITER_LOCK);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
            }
        }
    }

    @Override
    public boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    @Override
    public StoreException explain(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String said = e.getMessage();
        if (state.startsWith("08")) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": the PostgreSQL server at "
                    + server.host() + ":" + server.port() + " cannot be reached (" + said + "); check that it runs"
                    + " and accepts connections from here; nothing was changed", e);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "PostgreSQL refused the login of " + server.user()
                    + " to " + server.describe() + " (" + said + "); set PGPASSWORD, or add a line"
                    + " host:port:database:user:password to your pgpass file (~/.pgpass, mode 600)", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "there is no database '" + server.database()
                    + "' on the PostgreSQL server " + server.host() + ":" + server.port()
                    + "; create it first (createdb " + server.database() + ")", e);
        }
        if (state.equals("42501")) {
            return new StoreException(StoreException.Kind.REFUSED, "could not " + what + ": PostgreSQL does not allow"
                    + " the role " + server.user() + " to do it (" + said + "); nothing was changed", e);
        }
        if (state.startsWith("23")) {
            return new StoreException(StoreException.Kind.REFUSED, "could not " + what + ": the store refused it ("
                    + said + "); nothing was changed", e);
        }
        if (isRetryable(e)) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": it kept conflicting"
                    + " with other writers to " + server.describe() + " (" + said + "); nothing was changed, try again", e);
        }
        if (state.startsWith("53")) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": the PostgreSQL server"
                    + " is out of resources (" + said + "); nothing was changed", e);
        }
        return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + " in " + server.describe()
                + ": " + said, e);
    }

    /** The server keeps its own pages (checksums, WAL, replication); the store's part is its bookkeeping. */
    @Override
    public List<String> integrityCheck(Connection c) {
        return List.of("ok");
    }

    /** PostgreSQL enforces every foreign key on every write: no row can refer to a missing one. */
    @Override
    public List<String> danglingReferences(Connection c) {
        return List.of();
    }
}
