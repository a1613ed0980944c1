package org.securebase.scenarios.xml.interchange.moodle;

import java.util.List;

/**
 * A Moodle XML question bank as written, with what Moodle will grade differently from SecureBase.
 *
 * @param xml the file's bytes, UTF-8
 * @param questions how many questions it holds (categories not counted)
 * @param notes one line per question whose grading Moodle cannot reproduce exactly
 * @since 0.2
 */
public record MoodleExport(byte[] xml, int questions, List<String> notes) {

    /** Copies the notes. */
    public MoodleExport {
        notes = List.copyOf(notes);
    }
}
