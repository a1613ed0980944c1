package org.securebase.web.view;

import java.util.List;

/**
 * The result after submission: the score and the feedback on every question, as {@code take}
 * shows them.
 *
 * @param frame the frame
 * @param score the score line ("9 of 11 points (81.8 %)")
 * @param passed whether it passed
 * @param passPercent the pass mark
 * @param notice a message about the time limit, or empty
 * @param feedback one entry per question in delivery order
 * @since 0.2
 */
public record ResultPage(Frame frame, String score, boolean passed, int passPercent, String notice,
                         List<Feedback> feedback) {
    /**
     * Feedback on one question.
     *
     * @param number its number
     * @param stem its text
     * @param mark "1/1", "0.5/2" or "voided"
     * @param right whether it earned full marks
     * @param chosen what the trainee answered
     * @param key the right answer
     * @param notes the feedback of the options involved and the general feedback
     */
    public record Feedback(int number, String stem, String mark, boolean right, List<String> chosen, List<String> key,
                           List<String> notes) {
    }
}
