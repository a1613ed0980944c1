package org.securebase.quiz.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;

/**
 * Attempts read from the rows of {@link Attempts#withResponses} (one row per response, an
 * attempt's rows together): groups each attempt's rows into one attempt with its responses.
 */
final class AttemptRows {
    private final ResultSet rows;
    /** The question references read so far: a quiz asks few questions, each named in every attempt. */
    private final Map<String, QuestionRef> refs = new HashMap<>();
    private boolean onRow;

    AttemptRows(ResultSet rows) throws SQLException {
        this.rows = rows;
        this.onRow = rows.next();
    }

    boolean hasNext() {
        return onRow;
    }

    /** The next attempt with its responses in the order they were given; call only when {@link #hasNext}. */
    StoredAttempt next() throws SQLException {
        Attempts.Row row = Attempts.read(rows);
        List<ResponseTable.Stored> responses = new ArrayList<>();
        do {
            if (rows.getString(Attempts.RESPONSE_COLUMN) != null) {
                responses.add(ResponseTable.read(rows, Attempts.RESPONSE_COLUMN,
                        text -> refs.computeIfAbsent(text, QuestionRef::parse)));
            }
            onRow = rows.next();
        } while (onRow && rows.getLong(1) == row.id());
        return ResultStore.assemble(row, responses);
    }

    /** Stops before the next attempt (the cursor is closing). */
    void stop() {
        onRow = false;
    }
}
