package org.securebase.web.view;

import java.util.List;

/**
 * The result after submission: the score and the feedback on every question, as {@code take}
 * shows them.
 *
 * @param frame the frame
 * @param score the score line ("9 of 11 points (81.8 %)")
 * @param passed whether it passed
 * @param awaitingGrading whether a written answer awaits grading: the score is provisional, neither pass nor fail
 * @param passPercent the pass mark
 * @param notice a message about the time limit, or empty
 * @param feedback one entry per question in delivery order
 * @param mastery the trainee's mastery per concept group the quiz asked about, as the score report shows it
 * @param certificate whether a certificate can be downloaded (a course's quiz, passed)
 * @param missedMustPass the must-pass questions not earned in full, each as the trainee saw it
 *                       ("question 3: Which…"): why the attempt failed whatever the total; possibly none
 * @since 0.2
 */
public record ResultPage(Frame frame, String score, boolean passed, boolean awaitingGrading, int passPercent, String notice,
                         List<Feedback> feedback, List<Mastery> mastery, boolean certificate, List<String> missedMustPass) {
    /** Copies the lists. */
    public ResultPage {
        feedback = List.copyOf(feedback);
        mastery = List.copyOf(mastery);
        missedMustPass = missedMustPass == null ? List.of() : List.copyOf(missedMustPass);
    }

    /**
     * Mastery of one concept group.
     *
     * @param group the group's title ("Attachment styles")
     * @param percent points earned over points possible on its questions, whole per cent
     * @param questions how many counting questions asked about it
     */
    public record Mastery(String group, int percent, int questions) {
    }

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
