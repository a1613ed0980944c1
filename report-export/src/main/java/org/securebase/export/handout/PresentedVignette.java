package org.securebase.export.handout;

import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.vignette.Vignette;
import java.util.List;

/**
 * A vignette with the questions a variant asks about it, in presented order.
 *
 * @param vignette the case
 * @param questions at least one, each a question of this vignette
 * @since 0.1
 */
public record PresentedVignette(Vignette vignette, List<PresentedQuestion> questions) {

    /** Requires questions that belong to the vignette. */
    public PresentedVignette {
        Checks.present(vignette, "vignette of a handout");
        questions = Checks.nonEmpty(questions, "questions on vignette " + vignette.id());
        for (PresentedQuestion q : questions) {
            if (!vignette.questions().contains(q.question())) {
                throw new ModelException("question " + q.question().id() + " is not a question of vignette "
                        + vignette.id());
            }
        }
    }
}
