package org.securebase.model.question;

import org.securebase.model.Checks;

/**
 * One option of a single-choice or multiple-response question. Options have no ids: an option
 * is named by its 1-based position as written.
 *
 * @param text what the trainee reads, whitespace folded
 * @param correct whether choosing it is right
 * @param feedback why it is right or why this tempting answer is wrong; null when not written
 * @since 0.1
 */
public record ChoiceOption(String text, boolean correct, String feedback) {

    /** Requires text; folds whitespace. */
    public ChoiceOption {
        text = Checks.text(text, "option text");
        feedback = Checks.optionalText(feedback);
    }
}
