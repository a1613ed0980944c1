package org.securebase.scenarios.xml.interchange.moodle;

import java.util.List;

import org.securebase.model.vignette.Vignette;

/**
 * What a Moodle bank gave: vignettes that validate, every question that could not be held with
 * the reason, and notes on what changed on the way in (tags that name no concept, grading that
 * SecureBase scores differently, cases with no background).
 *
 * @param vignettes one per category (or per vignette a SecureBase export named), in file order
 * @param skipped the questions not imported, each with why
 * @param notes what the author should know or add, one line each
 * @since 0.2
 */
public record MoodleImport(List<Vignette> vignettes, List<Skipped> skipped, List<String> notes) {

    /** Copies the lists. */
    public MoodleImport {
        vignettes = List.copyOf(vignettes);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** The number of questions imported. */
    public int questions() {
        return vignettes.stream().mapToInt(v -> v.questions().size()).sum();
    }

    /**
     * A question of the bank that SecureBase cannot hold.
     *
     * @param question the question's name in Moodle (with its category)
     * @param type its Moodle question type
     * @param reason why it was not imported
     */
    public record Skipped(String question, String type, String reason) {
        @Override
        public String toString() {
            return question + " (" + type + "): " + reason;
        }
    }
}
