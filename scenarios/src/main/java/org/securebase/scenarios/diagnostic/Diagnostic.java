package org.securebase.scenarios.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a content file, printed as {@code path:line:column: error|warning: message}
 * so editors and terminals can jump to it. Lint warnings also name their rule, which is what an
 * author writes in {@code lint-ignore} to silence it.
 *
 * @param file the file as the user named it (a path, or {@code classpath:…} for bundled content)
 * @param line 1-based line, 0 when the problem belongs to the whole file
 * @param column 1-based column, 0 when unknown
 * @param severity error or warning
 * @param rule the lint rule name, or null for schema and semantic problems
 * @param message what is wrong, in plain language, naming the offending value
 * @since 0.1
 */
public record Diagnostic(String file, int line, int column, Severity severity, String rule, String message) {

    /** Orders diagnostics by file, then line, then column. */
    public static final Comparator<Diagnostic> BY_PLACE = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    /** Requires a file, a severity and a message. */
    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be ≥ 0, were " + line + ":" + column);
        }
    }

    /** An error at a position. */
    public static Diagnostic error(String file, Position at, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.ERROR, null, message);
    }

    /** A lint warning at a position, naming its rule. */
    public static Diagnostic warning(String file, Position at, String rule, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.WARNING, rule, message);
    }

    /** True for an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error|warning: message}, with {@code [rule]} after a lint message. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message
                + (rule == null ? "" : " [" + rule + "]");
    }
}
