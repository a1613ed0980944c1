package org.securebase.export.handout;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * One printed variant of a quiz.
 *
 * @param quizTitle the quiz title
 * @param sponsor who runs the workshop
 * @param variantCode the short code printed on every page, e.g. {@code B} or {@code V2-7K}
 * @param vignettes in presented order; question numbers run 1, 2, 3 … across them
 * @since 0.1
 */
public record HandoutData(String quizTitle, String sponsor, String variantCode, List<PresentedVignette> vignettes) {

    /** Requires texts, a vignette, and question numbers 1, 2, 3 … in order. */
    public HandoutData {
        quizTitle = Checks.text(quizTitle, "quiz title");
        sponsor = Checks.text(sponsor, "sponsor");
        variantCode = Checks.text(variantCode, "variant code");
        vignettes = Checks.nonEmpty(vignettes, "vignettes of variant " + variantCode);
        int expected = 1;
        for (PresentedVignette v : vignettes) {
            for (PresentedQuestion q : v.questions()) {
                if (q.number() != expected) {
                    throw new ModelException("variant " + variantCode + " numbers question " + q.question().id() + " as "
                            + q.number() + ", expected " + expected);
                }
                expected++;
            }
        }
    }
}
