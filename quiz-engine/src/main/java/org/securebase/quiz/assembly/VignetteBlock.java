package org.securebase.quiz.assembly;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * Questions of one vignette that are asked together, after the vignette is shown. Shuffling
 * moves whole blocks and questions within a block; it never splits a block.
 *
 * @param vignetteId the vignette shown before the questions
 * @param questions at least one, all of that vignette, distinct
 * @since 0.1
 */
public record VignetteBlock(String vignetteId, List<QuestionRef> questions) {

    /** Requires questions that all belong to the vignette. */
    public VignetteBlock {
        Checks.id(vignetteId, "vignette id of a block");
        questions = Checks.nonEmpty(questions, "questions of the block of " + vignetteId);
        for (QuestionRef r : questions) {
            if (!r.vignetteId().equals(vignetteId)) {
                throw new ModelException("the block of vignette " + vignetteId + " holds " + r + " of another vignette");
            }
        }
        QuestionRef dup = Checks.firstDuplicate(questions);
        if (dup != null) {
            throw new ModelException("the block of vignette " + vignetteId + " holds " + dup + " twice");
        }
    }
}
