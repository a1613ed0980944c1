package org.securebase.web.view;

/**
 * An open-response page: a labelled text area with its character count.
 *
 * @param frame the frame
 * @param head the question
 * @param text the saved answer, or empty
 * @param maxLength the most characters the answer may have, or null for no limit
 * @param rows the height of the text area in lines, sized to the maximum length
 * @param count the characters of the saved answer
 * @since 0.3
 */
public record WritingPage(Frame frame, QuestionHead head, String text, Integer maxLength, int rows, int count) {
}
