package org.securebase.web.view;

/**
 * A page that only says something: a refusal, an error, a confirmation.
 *
 * @param frame the frame
 * @param heading the heading
 * @param message the message, one line
 * @param link where to go on, or empty
 * @param linkText the link's text
 * @since 0.2
 */
public record MessagePage(Frame frame, String heading, String message, String link, String linkText) {
}
