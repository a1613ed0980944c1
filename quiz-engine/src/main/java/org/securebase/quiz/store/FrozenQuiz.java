package org.securebase.quiz.store;

import org.securebase.model.ModelException;

/**
 * A quiz as the engine built it, frozen as opaque text so results stay interpretable after
 * the library changes: the store never reads the content, it only keeps it.
 *
 * @param id the quiz id
 * @param blueprintId the id of the blueprint it was drawn by
 * @param blueprintVersion the blueprint's version, at least 1
 * @param seed the seed it was drawn with
 * @param libraryFingerprint the fingerprint of the library content it was drawn from
 * @param content the frozen quiz in the engine's own text form
 * @since 0.1
 */
public record FrozenQuiz(String id, String blueprintId, int blueprintVersion, long seed, String libraryFingerprint,
        String content) {

    /** Requires every part. */
    public FrozenQuiz {
        Values.key(id, "quiz id");
        Values.key(blueprintId, "blueprint id of quiz " + id);
        if (blueprintVersion < 1) {
            throw new ModelException("blueprint version of quiz " + id + " must be ≥ 1, was " + blueprintVersion);
        }
        Values.key(libraryFingerprint, "library fingerprint of quiz " + id);
        Values.text(content, "frozen content of quiz " + id);
    }
}
