package org.securebase.web.view;

/**
 * One turn of a transcript as a script shows it.
 *
 * @param speaker who speaks, as printed
 * @param nonverbal the non-verbal note, or empty
 * @param text what is said
 * @param therapist whether the therapist speaks
 * @since 0.2
 */
public record Line(String speaker, String nonverbal, String text, boolean therapist) {
}
