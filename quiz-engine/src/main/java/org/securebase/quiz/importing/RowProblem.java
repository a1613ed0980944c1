package org.securebase.quiz.importing;

import org.securebase.model.Checks;

/**
 * Why one row of a response sheet cannot be imported.
 *
 * @param line the line of the file, from 1 (the header is line 1)
 * @param reason what is wrong with the row and how to fix it
 * @since 0.1
 */
public record RowProblem(int line, String reason) implements Comparable<RowProblem> {

    /** Requires a line ≥ 1 and a reason. */
    public RowProblem {
        Checks.positive(line, "line of a row problem");
        reason = Checks.text(reason, "reason of a row problem");
    }

    @Override
    public int compareTo(RowProblem other) {
        return Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
