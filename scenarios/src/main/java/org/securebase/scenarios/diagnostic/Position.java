package org.securebase.scenarios.diagnostic;

/**
 * A place in a file: 1-based line and column, or 0 when not known.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @since 0.1
 */
public record Position(int line, int column) {
    /** The position of a problem that belongs to the whole file. */
    public static final Position UNKNOWN = new Position(0, 0);

    /** Requires non-negative numbers. */
    public Position {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be ≥ 0, were " + line + ":" + column);
        }
    }
}
