package org.securebase.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import org.securebase.export.verification.SigningKey;
import org.securebase.export.verification.PublishedKeys;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreLocation;

/**
 * Where a use case's results live: the store given by {@code --db} (an SQLite file, or a
 * database on a PostgreSQL server) and, in a folder beside the file (for a server store, in
 * the working directory, named for the database), the ECDSA P-256 key and self-signed
 * certificate that sign certificates (created on first use, the private key readable by its
 * owner only).
 *
 * @since 0.1
 */
public final class Workspace {
    private final StoreLocation location;
    private final Path database;

    /** @param database the store file */
    public Workspace(Path database) {
        this(new StoreLocation.Embedded(database));
    }

    /**
     * @param location the store file or server
     * @since 0.4
     */
    public Workspace(StoreLocation location) {
        this.location = location;
        this.database = location instanceof StoreLocation.Embedded e ? e.file()
                : Path.of(((StoreLocation.Server) location).database()).toAbsolutePath().normalize();
    }

    /**
     * The store file; for a store on a server, the path in the working directory, named for the
     * database, beside which this machine's files for it (signing keys, a workshop's secret) are kept.
     */
    public Path database() {
        return database;
    }

    /**
     * @return where the store lives, as messages name it
     * @since 0.4
     */
    public StoreLocation location() {
        return location;
    }

    /**
     * @return where the store lives, as a person reads it: the file, or the server URL without secrets
     * @since 0.4
     */
    public String describe() {
        return location.describe();
    }

    /**
     * @return whether the store is on a PostgreSQL server rather than in an SQLite file
     * @since 0.4
     */
    public boolean onServer() {
        return location instanceof StoreLocation.Server;
    }

    /**
     * @return whether the store exists already: its file does, or it is on a server (reached when opened)
     * @since 0.4
     */
    public boolean exists() {
        return location instanceof StoreLocation.Server || Files.exists(database);
    }

    /** Opens the store, creating it when it does not exist yet. */
    public ResultStore open() {
        if (location instanceof StoreLocation.Embedded) {
            Path parent = database.getParent();
            if (!Files.isDirectory(parent)) {
                throw new Refusal("the folder of the database does not exist: " + parent);
            }
        }
        return ResultStore.open(location, System.getenv());
    }

    /** Opens a store that must already exist (for commands that only read results). */
    public ResultStore openExisting() {
        if (!exists()) {
            throw new Refusal("no database at " + database + "; give --db FILE, or build a quiz and record results first");
        }
        return ResultStore.open(location, System.getenv());
    }

    /**
     * The stored quiz a command works on: the one named, else the only one (of a blueprint, when
     * given), else a message listing the choices.
     */
    public static String pickQuiz(ResultStore store, String quizId, String blueprintId) {
        if (quizId != null) {
            if (store.quiz(quizId).isEmpty()) {
                throw new Refusal("no quiz '" + quizId + "' in " + store.location() + "; quizzes: " + ids(store, null));
            }
            return quizId;
        }
        java.util.List<org.securebase.quiz.store.FrozenQuiz> candidates = store.quizzes().stream()
                .filter(q -> blueprintId == null || q.blueprintId().equals(blueprintId)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0).id();
        }
        String of = blueprintId == null ? "" : " of blueprint " + blueprintId;
        if (candidates.isEmpty()) {
            throw new Refusal("no quiz" + of + " in " + store.location() + " yet; build one with 'securebase quiz build'"
                    + " or record results first");
        }
        throw new Refusal("several quizzes" + of + " in " + store.location() + "; choose one with --quiz: " + ids(store, blueprintId));
    }

    private static String ids(ResultStore store, String blueprintId) {
        return String.join(", ", store.quizzes().stream()
                .filter(q -> blueprintId == null || q.blueprintId().equals(blueprintId))
                .map(q -> q.id()).toList());
    }

    /** The folder beside the store that holds the key pair. */
    public Path keyFolder() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return database.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-keys");
    }

    /** The signing key, created once on first use. */
    public SigningKey signingKey() {
        return SigningKey.createOrLoad(keyFolder());
    }

    /** The published keys to verify with: those in the given file, else the workspace's own. */
    public PublishedKeys publishedKeys(Path publicKeyFile) {
        if (publicKeyFile != null) {
            return PublishedKeys.read(publicKeyFile);
        }
        return PublishedKeys.inFolder(keyFolder()).orElseThrow(() -> new Refusal("no public key given and none in "
                + keyFolder() + "; pass --public-key FILE (the key the sponsor published)"));
    }
}
