package org.securebase.quiz.store;

import java.util.List;
import org.securebase.model.Checks;

/**
 * SQLite's verdict on the store file ({@code PRAGMA integrity_check}): the single line
 * {@code ok}, or the problems found.
 *
 * @param lines the lines SQLite returned
 * @since 0.1
 */
public record IntegrityVerdict(List<String> lines) {

    /** Requires at least one line. */
    public IntegrityVerdict {
        lines = Checks.nonEmpty(lines, "integrity check result");
    }

    /** @return whether SQLite found the file sound */
    public boolean isOk() {
        return lines.equals(List.of("ok"));
    }
}
