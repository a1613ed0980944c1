package org.securebase.model.question;

import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A question reference {@code vignette-id#question-id}: how blueprints, quizzes, the result
 * store and gradebooks name a question across a library.
 *
 * @param vignetteId the vignette's id, unique in a library
 * @param questionId the question's id, unique in its vignette
 * @since 0.1
 */
public record QuestionRef(String vignetteId, String questionId) implements Comparable<QuestionRef> {

    /** Requires both ids. */
    public QuestionRef {
        Checks.id(vignetteId, "vignette id of a question reference");
        Checks.id(questionId, "question id of a question reference");
    }

    /** Parses {@code vignette-id#question-id}. */
    public static QuestionRef parse(String text) {
        int hash = text == null ? -1 : text.indexOf('#');
        if (hash <= 0 || hash == text.length() - 1 || text.indexOf('#', hash + 1) >= 0) {
            throw new ModelException("question reference must be 'vignette-id#question-id', was '" + text + "'");
        }
        return new QuestionRef(text.substring(0, hash), text.substring(hash + 1));
    }

    @Override
    public int compareTo(QuestionRef o) {
        int c = vignetteId.compareTo(o.vignetteId);
        return c != 0 ? c : questionId.compareTo(o.questionId);
    }

    @Override
    public String toString() {
        return vignetteId + "#" + questionId;
    }
}
