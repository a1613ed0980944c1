package org.securebase.web.view;

import java.util.List;

/**
 * A case laid out as a script, as {@code show} lays it out: who is in the room, the background,
 * the transcript with non-verbal notes.
 *
 * @param frame the frame
 * @param number the case's number in the delivery
 * @param of how many cases there are
 * @param title the case title
 * @param clients who is in the room, one line each
 * @param background the background paragraphs
 * @param transcript the turns
 * @param firstQuestion the number of the case's first question
 * @param lastQuestion the number of its last question
 * @param contentNote the content note shown before the case, or null when it has none
 * @since 0.2
 */
public record CasePage(Frame frame, int number, int of, String title, List<String> clients, List<String> background,
                       List<Line> transcript, int firstQuestion, int lastQuestion, String contentNote) {
}
