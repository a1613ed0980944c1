package org.securebase.quiz.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The attempts at one quiz with their responses, read one attempt at a time from an open
 * database cursor, by trainee id and attempt number: the order of
 * {@link ResultStore#attemptsOf(String)}, which collects one. Only the attempt being handed
 * out is in memory, so a cohort of any size can be walked in a small heap.
 *
 * <p>The cursor reads one consistent snapshot inside a read transaction on the store's only
 * connection; until it is closed (or has handed out its last attempt, which closes it) the
 * store refuses every other call. Close it in a {@code try}-with-resources block; closing the
 * store closes it too.
 *
 * @since 0.2
 */
public final class AttemptCursor implements Iterator<StoredAttempt>, AutoCloseable {
    private final ResultStore store;
    private final String quizId;
    private final PreparedStatement statement;
    private final AttemptRows rows;
    private boolean closed;

    AttemptCursor(ResultStore store, String quizId, PreparedStatement statement) throws SQLException {
        this.store = store;
        this.quizId = quizId;
        this.statement = statement;
        this.rows = new AttemptRows(statement.executeQuery());
    }

    @Override
    public boolean hasNext() {
        if (!rows.hasNext() && !closed) {
            close();
        }
        return rows.hasNext();
    }

    /**
     * @return the next attempt with its responses in the order they were given
     * @throws NoSuchElementException after the last attempt
     * @throws StoreException if the store cannot be read or holds an attempt it cannot have written
     */
    @Override
    public StoredAttempt next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more attempts at quiz " + quizId);
        }
        synchronized (store) {
            try {
                return rows.next();
            } catch (SQLException e) {
                close();
                throw store.explain("read the attempts at quiz " + quizId, e);
            } catch (RuntimeException e) {
                close();
                throw StoreFile.unreadable(store.location().describe(), "read the attempts at quiz " + quizId, e);
            }
        }
    }

    /** Ends the read transaction and frees the cursor; closing again does nothing. */
    @Override
    public void close() {
        synchronized (store) {
            if (closed) {
                return;
            }
            closed = true;
            rows.stop();
            try {
                statement.close();
            } catch (SQLException e) {
                // ending the transaction below is what matters; a failure there is reported
            }
            store.cursorClosed(this);
        }
    }
}
