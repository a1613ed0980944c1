package org.securebase.web.view;

/**
 * An ordering item with the position the trainee gave it, or a matching left side with the
 * letter chosen for it.
 *
 * @param key the item's letter (ordering) or the left side's number (matching)
 * @param text what the trainee reads
 * @param value the saved position or letter, empty when none
 * @since 0.2
 */
public record Placed(String key, String text, String value) {
}
