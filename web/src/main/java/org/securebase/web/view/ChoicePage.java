package org.securebase.web.view;

import java.util.List;

/**
 * A single-choice or multiple-response question page.
 *
 * @param frame the frame
 * @param head the question
 * @param options the options in delivery order
 * @since 0.2
 */
public record ChoicePage(Frame frame, QuestionHead head, List<Choice> options) {
}
