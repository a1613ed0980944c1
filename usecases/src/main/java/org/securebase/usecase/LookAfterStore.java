package org.securebase.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.store.StoreHealth;
import org.securebase.quiz.store.ResultStore;

/**
 * Looks after the result store: a consistent backup while it is in use, and a full check of its
 * pages and bookkeeping.
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
     * The verdict on the store: SQLite's full integrity and foreign-key checks and the store's
     * own bookkeeping.
     *
     * @param ok whether nothing was found wrong
     * @param problems what was found, each line a problem; empty when ok
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
            StoreHealth health = store.health();
            if (health.isSound()) {
                return new Health(true, List.of());
            }
            List<String> problems = new ArrayList<>();
            problems.add("the result store " + store.file() + " is damaged; restore it from a backup:");
            health.problems().forEach(p -> problems.add("  " + p));
            return new Health(false, problems);
        }
    }
}
