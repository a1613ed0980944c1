package org.securebase.quiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs work in one transaction: all of it commits or none of it does. When another writer
 * holds the lock past the database's wait (SQLite's busy timeout) or PostgreSQL reports a
 * serialization failure or a deadlock, the whole transaction is rolled back and run again after
 * a growing, jittered pause, at most {@value #MAX_TRIES} times.
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

    private final Connections connections;
    private final Dialect dialect;
    private final String where;
    private Connection reading;

    Transactions(Connections connections, Dialect dialect, String where) {
        this.connections = connections;
        this.dialect = dialect;
        this.where = where;
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
     * snapshot, retried as {@link #read} is, and leaves the transaction open (holding its
     * connection) until {@link #endRead}. If {@code open} fails, nothing stays open.
     */
    <T> T beginRead(String what, Work<T> open) {
        return run(false, false, what, open);
    }

    /** Ends a read begun by {@link #beginRead}. */
    void endRead(String what) {
        Connection c = reading;
        reading = null;
        if (c == null) {
            return;
        }
        try {
            dialect.commit(c, false);
        } catch (SQLException e) {
            dialect.rollback(c, false);
            throw dialect.explain(what, e);
        } finally {
            connections.giveBack(c);
        }
    }

    /** Runs a statement outside any transaction, retrying while the store is busy. */
    <T> T outside(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c = null;
            try {
                c = connections.borrow();
                return work.run(c);
            } catch (SQLException e) {
                if (!dialect.isRetryable(e) || attempt == MAX_TRIES) {
                    throw dialect.explain(what, e);
                }
            } finally {
                if (c != null) {
                    connections.giveBack(c);
                }
            }
            pause(attempt, what);
        }
    }

    private <T> T run(boolean write, boolean commit, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c;
            try {
                c = connections.borrow();
            } catch (SQLException e) {
                throw dialect.explain(what, e);
            }
            boolean keep = false;
            try {
                dialect.begin(c, write);
                T result = work.run(c);
                if (commit) {
                    dialect.commit(c, write);
                } else {
                    reading = c;
                    keep = true;
                }
                return result;
            } catch (SQLException e) {
                dialect.rollback(c, write);
                if (!dialect.isRetryable(e) || attempt == MAX_TRIES) {
                    throw dialect.explain(what, e);
                }
            } catch (RuntimeException e) {
                dialect.rollback(c, write);
                throw write ? e : StoreFile.unreadable(where, what, e);
            } finally {
                if (!keep) {
                    connections.giveBack(c);
                }
            }
            pause(attempt, what);
        }
    }

    private void pause(int attempt, String what) {
        long ceiling = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.UNAVAILABLE,
                    "interrupted while waiting to " + what + " in " + where + "; nothing was changed", e);
        }
    }
}
