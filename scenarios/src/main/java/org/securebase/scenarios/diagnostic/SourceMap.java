package org.securebase.scenarios.diagnostic;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the parts of one file were written, so that checks on the model can point back at the
 * element: the root, each question by id, each option of a question by position.
 *
 * @since 0.1
 */
public final class SourceMap {
    private final Position root;
    private final Map<String, Position> parts;

    /**
     * @param root where the root element was written
     * @param parts positions by key, see {@link #questionKey} and {@link #optionKey}
     */
    public SourceMap(Position root, Map<String, Position> parts) {
        this.root = root;
        this.parts = Map.copyOf(parts);
    }

    /** A map that knows only the root position. */
    public static SourceMap rootOnly(Position root) {
        return new SourceMap(root, new HashMap<>());
    }

    /** The key of a question. */
    public static String questionKey(String questionId) {
        return "question:" + questionId;
    }

    /** The key of an option of a question, by 1-based position. */
    public static String optionKey(String questionId, int position) {
        return "option:" + questionId + ":" + position;
    }

    /** The key of a vignette's {@code <series>} element. */
    public static String seriesKey() {
        return "series";
    }

    /** The key of a section of a blueprint. */
    public static String sectionKey(String sectionId) {
        return "section:" + sectionId;
    }

    /** The key of a fixed question reference of a blueprint. */
    public static String fixedKey(String ref) {
        return "fixed:" + ref;
    }

    /** Where the root element was written. */
    public Position root() {
        return root;
    }

    /** The position of a part, else the root's. */
    public Position at(String key) {
        return parts.getOrDefault(key, root);
    }
}
