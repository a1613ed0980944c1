package org.securebase.export.gradebook;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * One row of the Options sheet: an option of a choice question and how often it was chosen
 * overall and by the top and bottom thirds, with its distractor-analysis flags.
 *
 * @param ref the question
 * @param label the question's column heading (Q1, ...)
 * @param letter the option's written letter
 * @param text the option as written
 * @param keyed whether it is a key
 * @param chosen attempts that chose it
 * @param share chosen over all attempts, 0 to 1
 * @param top attempts of the top third that chose it
 * @param bottom attempts of the bottom third that chose it
 * @param flags the flags raised, with reasons
 * @since 0.3
 */
public record OptionRow(QuestionRef ref, String label, String letter, String text, boolean keyed, int chosen, double share,
                        int top, int bottom, List<ItemRow.Flag> flags) {

    /** Requires every part and counts that fit. */
    public OptionRow {
        Checks.present(ref, "question of an option row");
        label = Checks.text(label, "label of " + ref);
        letter = Checks.text(letter, "letter of an option of " + ref);
        text = Checks.text(text, "text of option " + letter + " of " + ref);
        if (chosen < 0 || top < 0 || bottom < 0 || top + bottom > chosen) {
            throw new ModelException("option " + letter + " of " + ref + " has impossible counts: " + chosen + " chosen, "
                    + top + " in the top third, " + bottom + " in the bottom third");
        }
        if (!(share >= 0 && share <= 1)) {
            throw new ModelException("the share choosing option " + letter + " of " + ref + " must be 0 to 1, was " + share);
        }
        flags = Checks.list(flags, "flags of option " + letter + " of " + ref);
    }
}
