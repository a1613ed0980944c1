package org.securebase.web.view;

/**
 * What every page's frame shows: the page title, the quiz title, the CSRF token its forms carry
 * and, during a sitting, the time left.
 *
 * @param title the page title
 * @param quizTitle the quiz title
 * @param csrf the session's CSRF token, or empty when the page has no form
 * @param timeLeft the time left as text ("12 min left"), or empty
 * @param secondsLeft the seconds left by the server's clock, for the countdown script (which counts from
 *     when the page arrived, so a wrong clock on the device does not matter), or empty
 * @since 0.2
 */
public record Frame(String title, String quizTitle, String csrf, String timeLeft, String secondsLeft) {
}
