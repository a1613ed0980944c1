package org.securebase.quiz.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The connections of one store to a PostgreSQL server, pooled by HikariCP. A store runs its
 * calls one at a time (its methods are synchronized, and a cursor holds the store while it is
 * open), so the pool holds {@value #SIZE} connection: more would only sit idle on the server,
 * whose connection limit several {@code serve} processes and CLI commands share. The pool checks a
 * connection before lending it, so one the server dropped (a restart, a failover) is replaced.
 */
final class ServerPool implements Connections {
    /** Connections per store: its calls run one at a time. */
    static final int SIZE = 1;
    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource pool;

    private ServerPool(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens the pool, connecting once so a wrong host, login or database is reported at once.
     *
     * @throws StoreException saying what PostgreSQL refused
     */
    static ServerPool open(StoreLocation.Server server, Map<String, String> environment, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("securebase-store");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        Pgpass.password(server, environment).ifPresent(config::setPassword);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(SIZE);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setAutoCommit(true);
        config.addDataSourceProperty("ApplicationName", "securebase");
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT_MILLIS / 1000));
        try {
            return new ServerPool(new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw dialect.explain("connect to " + server.describe(), sql);
            }
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot connect to " + server.describe() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void giveBack(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // the pool evicts a connection it cannot take back
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
