package org.securebase.scenarios.lint;

import java.util.Map;
import java.util.Set;

/**
 * The lint rules an author silenced in one vignette file: for the whole file (on the root
 * element) and for single questions (on the question element).
 *
 * @param forFile rule names silenced in the whole file
 * @param forQuestion rule names silenced per question id
 * @since 0.1
 */
public record LintIgnores(Set<String> forFile, Map<String, Set<String>> forQuestion) {
    /** Nothing silenced. */
    public static final LintIgnores NONE = new LintIgnores(Set.of(), Map.of());

    /** Copies both. */
    public LintIgnores {
        forFile = forFile == null ? Set.of() : Set.copyOf(forFile);
        forQuestion = forQuestion == null ? Map.of() : Map.copyOf(forQuestion);
    }

    /** True when the rule is silenced for this question (null: for the vignette as a whole). */
    public boolean silences(String rule, String questionId) {
        if (forFile.contains(rule)) {
            return true;
        }
        return questionId != null && forQuestion.getOrDefault(questionId, Set.of()).contains(rule);
    }
}
