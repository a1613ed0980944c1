package org.securebase.quiz.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs work in one transaction on the store's connection: all of it commits or none of it
 * does. When another process holds the write lock past SQLite's busy timeout, the whole
 * transaction is rolled back and run again after a growing, jittered pause, a bounded number
 * of times.
 */
final class Transactions {
    static final int MAX_TRIES = 6;
    private static final long FIRST_PAUSE_MILLIS = 25;
    private static final long LONGEST_PAUSE_MILLIS = 1_000;

    /** Work done inside a transaction; it may run more than once, so it reads what it needs inside. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final Path file;

    Transactions(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Runs work that writes, under the write lock taken at its start. */
    <T> T write(String what, Work<T> work) {
        return run(true, true, what, work);
    }

    /** Runs work that only reads, on one consistent snapshot. */
    <T> T read(String what, Work<T> work) {
        return run(false, true, what, work);
    }

    /**
     * Begins a read that outlives this call, for a cursor: runs {@code open} on one consistent
     * snapshot, retried as {@link #read} is, and leaves the transaction open until
     * {@link #endRead}. If {@code open} fails, nothing stays open.
     */
    <T> T beginRead(String what, Work<T> open) {
        return run(false, false, what, open);
    }

    /** Ends a read begun by {@link #beginRead}. */
    void endRead(String what) {
        try (Statement s = connection.createStatement()) {
            s.execute("COMMIT");
        } catch (SQLException e) {
            throw Sqlite.explain(file, what, e);
        }
    }

    /** Runs a statement outside any transaction, retrying while the store is busy. */
    <T> T outside(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (!Sqlite.isBusy(e) || attempt == MAX_TRIES) {
                    throw Sqlite.explain(file, what, e);
                }
            }
            pause(attempt, what);
        }
    }

    private <T> T run(boolean write, boolean commit, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Sqlite.begin(connection, write);
                T result = work.run(connection);
                if (commit) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("COMMIT");
                    }
                }
                return result;
            } catch (SQLException e) {
                rollback();
                if (!Sqlite.isBusy(e) || attempt == MAX_TRIES) {
                    throw Sqlite.explain(file, what, e);
                }
            } catch (RuntimeException e) {
                rollback();
                throw write ? e : StoreFile.unreadable(file, what, e);
            }
            pause(attempt, what);
        }
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // BEGIN failed or SQLite already rolled back: nothing is pending
        }
    }

    private void pause(int attempt, String what) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.UNAVAILABLE,
                    "interrupted while waiting to " + what + " in " + file + "; nothing was changed", e);
        }
    }
}
