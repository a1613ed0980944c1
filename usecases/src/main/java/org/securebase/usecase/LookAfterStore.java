package org.securebase.usecase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.store.StoreHealth;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreLocation;

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
     * Copies the store into a new file while it may be in use: SQLite's online copy of a file
     * store; for a store on a PostgreSQL server, PostgreSQL's own {@code pg_dump} (custom format,
     * for {@code pg_restore}), which reads the password as every PostgreSQL tool does.
     *
     * @param target a file that does not exist yet
     * @return the backup written
     */
    public Path backUp(Path target) {
        if (Files.exists(target)) {
            throw new Refusal(target + " already exists; choose a new file name for the backup");
        }
        if (workspace.location() instanceof StoreLocation.Server server) {
            return dump(server, target.toAbsolutePath());
        }
        try (ResultStore store = workspace.openExisting()) {
            store.backup(target);
        }
        return target.toAbsolutePath();
    }

    private static Path dump(StoreLocation.Server server, Path target) {
        String advice = "back up a store on PostgreSQL with PostgreSQL's pg_dump: pg_dump --format=custom --file="
                + target + " --host=" + server.host() + " --port=" + server.port() + " --username=" + server.user()
                + " " + server.database();
        List<String> command = List.of("pg_dump", "--format=custom", "--file=" + target, "--host=" + server.host(),
                "--port=" + server.port(), "--username=" + server.user(), "--no-password", server.database());
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new Refusal("pg_dump was not found on this machine's PATH; " + advice
                    + " (install PostgreSQL's client tools, e.g. Debian's postgresql-client)");
        }
        try {
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new Refusal("pg_dump could not back up " + server.describe() + ": "
                        + (said.isEmpty() ? "exit " + p.exitValue() : said.lines().findFirst().orElse(said)));
            }
        } catch (IOException e) {
            throw new Refusal("pg_dump could not back up " + server.describe() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal("interrupted while pg_dump backed up " + server.describe());
        }
        return target;
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
            problems.add("the result store " + store.location() + " is damaged; restore it from a backup:");
            health.problems().forEach(p -> problems.add("  " + p));
            return new Health(false, problems);
        }
    }
}
