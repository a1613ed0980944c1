package org.securebase.web.view;

import java.util.List;

/**
 * An ordering question page: a position select per item.
 *
 * @param frame the frame
 * @param head the question
 * @param items the items under their letters, each with its saved position
 * @param positions the positions to choose from, "1" to the number of items
 * @since 0.2
 */
public record OrderingPage(Frame frame, QuestionHead head, List<Placed> items, List<String> positions) {
}
