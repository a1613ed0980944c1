package org.securebase.quiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.securebase.model.question.QuestionRef;

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
public final class AttemptCursor implements Iterator<Attempt>, AutoCloseable {
    private final ResultStore store;
    private final String quizId;
    private final PreparedStatement statement;
    private final ResultSet rows;
    /** The question references read so far: a quiz asks few questions, each named in every attempt. */
    private final Map<String, QuestionRef> refs = new HashMap<>();
    private boolean onRow;
    private boolean closed;

    AttemptCursor(ResultStore store, String quizId, PreparedStatement statement) throws SQLException {
        this.store = store;
        this.quizId = quizId;
        this.statement = statement;
        this.rows = statement.executeQuery();
        this.onRow = rows.next();
    }

    @Override
    public boolean hasNext() {
        if (!onRow && !closed) {
            close();
        }
        return onRow;
    }

    /**
     * @return the next attempt with its responses in the order they were given
     * @throws NoSuchElementException after the last attempt
     * @throws StoreException if the store cannot be read or holds an attempt it cannot have written
     */
    @Override
    public Attempt next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more attempts at quiz " + quizId);
        }
        synchronized (store) {
            try {
                Attempts.Row row = Attempts.read(rows);
                List<Responses.Stored> responses = new ArrayList<>();
                do {
                    if (rows.getString(Attempts.RESPONSE_COLUMN) != null) {
                        responses.add(Responses.read(rows, Attempts.RESPONSE_COLUMN,
                                text -> refs.computeIfAbsent(text, QuestionRef::parse)));
                    }
                    onRow = rows.next();
                } while (onRow && rows.getLong(1) == row.id());
                return ResultStore.assemble(row, responses);
            } catch (SQLException e) {
                close();
                throw Sqlite.explain(store.file(), "read the attempts at quiz " + quizId, e);
            } catch (RuntimeException e) {
                close();
                throw e;
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
            onRow = false;
            try {
                statement.close();
            } catch (SQLException e) {
                // ending the transaction below is what matters; a failure there is reported
            }
            store.cursorClosed(this);
        }
    }
}
