package org.securebase.usecase;

import java.nio.file.Files;
import java.nio.file.Path;
import org.securebase.export.verification.SigningKey;
import org.securebase.export.verification.PublishedKeys;
import org.securebase.quiz.store.ResultStore;

/**
 * Where a use case's results live: the SQLite store given by {@code --db} and, in a folder
 * beside it, the ECDSA P-256 key and self-signed certificate that sign certificates (created on
 * first use, the private key readable by its owner only).
 *
 * @since 0.1
 */
public final class Workspace {
    private final Path database;

    /** @param database the store file */
    public Workspace(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    /** The store file. */
    public Path database() {
        return database;
    }

    /** Opens the store, creating it when it does not exist yet. */
    public ResultStore open() {
        Path parent = database.getParent();
        if (!Files.isDirectory(parent)) {
            throw new Refusal("the folder of the database does not exist: " + parent);
        }
        return ResultStore.open(database);
    }

    /** Opens a store that must already exist (for commands that only read results). */
    public ResultStore openExisting() {
        if (!Files.exists(database)) {
            throw new Refusal("no database at " + database + "; give --db FILE, or build a quiz and record results first");
        }
        return ResultStore.open(database);
    }

    /**
     * The stored quiz a command works on: the one named, else the only one (of a blueprint, when
     * given), else a message listing the choices.
     */
    public static String pickQuiz(ResultStore store, String quizId, String blueprintId) {
        if (quizId != null) {
            if (store.quiz(quizId).isEmpty()) {
                throw new Refusal("no quiz '" + quizId + "' in " + store.file() + "; quizzes: " + ids(store, null));
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
            throw new Refusal("no quiz" + of + " in " + store.file() + " yet; build one with 'securebase quiz build'"
                    + " or record results first");
        }
        throw new Refusal("several quizzes" + of + " in " + store.file() + "; choose one with --quiz: " + ids(store, blueprintId));
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
