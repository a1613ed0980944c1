package org.securebase.web.view;

import java.util.List;

/**
 * A matching question page: a select per left side, offering the lettered right sides.
 *
 * @param frame the frame
 * @param head the question
 * @param lefts the left sides by number, each with the letter saved for it
 * @param rights the right sides under their letters, spares among them
 * @param spares how many right sides match no left side (the page says so, as the handout does)
 * @since 0.2
 */
public record MatchingPage(Frame frame, QuestionHead head, List<Placed> lefts, List<Choice> rights, int spares) {
}
