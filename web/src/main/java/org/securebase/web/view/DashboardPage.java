package org.securebase.web.view;

import java.util.List;

/**
 * The instructor's dashboard.
 *
 * @param frame the frame
 * @param joinCode the join code
 * @param address the address trainees open
 * @param open whether joining is open
 * @param trainees one row per trainee who joined
 * @param submitted how many submitted
 * @param facility facility per question, shown once enough have submitted; empty before
 * @param facilityAfter how many submissions the facility waits for
 * @param maxMinutes the most minutes one grant of extra time adds
 * @since 0.2
 */
public record DashboardPage(Frame frame, String joinCode, String address, boolean open, List<Row> trainees,
                            long submitted, List<Facility> facility, int facilityAfter, int maxMinutes) {
    /**
     * A trainee's progress.
     *
     * @param name their name
     * @param id their id
     * @param answered how many questions are answered
     * @param total how many there are
     * @param timeLeft the time left, or empty
     * @param state "answering", "submitted" and the score
     * @param extraTime the extra time granted so far ("+10 min"), or empty
     * @param extendable whether the instructor can give more time now (answering, with a time limit)
     * @param number the row's number, for the ids of its form's controls
     */
    public record Row(String name, String id, long answered, int total, String timeLeft, String state,
                      String extraTime, boolean extendable, int number) {
    }

    /**
     * How easy a question proved.
     *
     * @param number the question's number in written order
     * @param ref the question
     * @param percent its facility as a percentage
     */
    public record Facility(int number, String ref, long percent) {
    }
}
