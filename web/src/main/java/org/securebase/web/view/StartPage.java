package org.securebase.web.view;

/**
 * The page after joining: the instructions, what the quiz holds, and the personal resume code.
 *
 * @param frame the frame
 * @param name the trainee's name
 * @param traineeId their id
 * @param resumeCode their resume code
 * @param instructions the quiz's instructions, or empty
 * @param questions how many questions
 * @param timeLimit the time limit as text, or empty
 * @param resumed whether the attempt was started earlier
 * @param answered how many are answered
 * @param next where to go on: the first unanswered question or its case
 * @since 0.2
 */
public record StartPage(Frame frame, String name, String traineeId, String resumeCode, String instructions,
                        int questions, String timeLimit, boolean resumed, long answered, String next) {
}
