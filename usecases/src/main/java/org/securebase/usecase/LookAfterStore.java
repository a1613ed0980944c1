package org.securebase.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.store.IntegrityVerdict;
import org.securebase.quiz.store.ResultStore;

/**
 * Looks after the result store: a consistent backup while it is in use, and SQLite's integrity
 * check.
 *
 * @since 0.3
 */
public final class LookAfterStore {
    private final Workspace workspace;

    /** @param workspace the store, which must exist */
    public LookAfterStore(Workspace workspace) {
        this.workspace = Checks.present(workspace, "workspace");
    }

    /**
     * Copies the store into a new file while it may be in use.
     *
     * @param target a file that does not exist yet
     * @return the backup written
     */
    public Path backUp(Path target) {
        if (Files.exists(target)) {
            throw new Refusal(target + " already exists; choose a new file name for the backup");
        }
        try (ResultStore store = workspace.openExisting()) {
            store.backup(target);
        }
        return target.toAbsolutePath();
    }

    /**
     * SQLite's verdict on the store.
     *
     * @param ok whether it found nothing wrong
     * @param problems the problems it found; empty when ok
     */
    public record Health(boolean ok, List<String> problems) {
        /** Copies the problems. */
        public Health {
            problems = List.copyOf(problems);
        }
    }

    /** @return the store's health */
    public Health check() {
        try (ResultStore store = workspace.openExisting()) {
            IntegrityVerdict verdict = store.integrityCheck();
            return new Health(verdict.isOk(), verdict.isOk() ? List.of() : verdict.lines());
        }
    }
}
