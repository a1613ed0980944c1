package org.securebase.scenarios.load;

import java.util.List;
import org.securebase.scenarios.diagnostic.Diagnostic;

/**
 * What a check gave: every diagnostic (sorted by file, line, column) and the counts, without the
 * content itself (see {@link ContentLoader#check}).
 *
 * @param diagnostics every error and warning
 * @param summary the counts
 * @since 0.1
 */
public record Checked(List<Diagnostic> diagnostics, Summary summary) {

    /** Copies the list. */
    public Checked {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when any error was found (the exit code of {@code validate} follows this). */
    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
