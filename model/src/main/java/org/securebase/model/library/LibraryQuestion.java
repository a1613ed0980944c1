package org.securebase.model.library;

import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;

/**
 * A question together with the vignette it belongs to: what selection and assembly work on.
 *
 * @param vignette the vignette
 * @param question one of its questions
 * @since 0.1
 */
public record LibraryQuestion(Vignette vignette, Question question) {

    /** The question's reference. */
    public QuestionRef ref() {
        return vignette.refOf(question);
    }

    /** The difficulty that applies: the question's own, else the vignette's. */
    public Difficulty difficulty() {
        return vignette.difficultyOf(question);
    }
}
