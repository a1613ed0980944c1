package org.securebase.model.vignette;

import org.securebase.model.Checks;

/**
 * One turn of a session transcript.
 *
 * @param speaker a client id of the vignette, or {@code therapist}
 * @param text what was said, whitespace folded
 * @param nonverbal what could be seen or heard besides the words, or null
 * @since 0.1
 */
public record Turn(String speaker, String text, String nonverbal) {
    /** The speaker name kept for the therapist. */
    public static final String THERAPIST = "therapist";

    /** Requires a speaker and text. */
    public Turn {
        Checks.id(speaker, "speaker of a turn");
        text = Checks.text(text, "text of a turn by " + speaker);
        nonverbal = Checks.optionalText(nonverbal);
    }

    /** True when the therapist speaks. */
    public boolean byTherapist() {
        return THERAPIST.equals(speaker);
    }
}
