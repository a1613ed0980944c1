package org.securebase.export.lms;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV for Moodle's grade import (Grades > Import > CSV file): a row per trainee with the
 * columns Moodle's "Map from" offers to match users by, {@code Email address} and
 * {@code ID number} (our trainee id), the name for the person checking, and the points in a
 * column named after the grade item, which Moodle maps to a new or existing grade item.
 *
 * @since 0.2
 */
public final class MoodleGrades {
    /** The columns before the grade. */
    static final List<String> HEADER = List.of("ID number", "Email address", "Full name");

    private MoodleGrades() {
    }

    /** The import file. */
    public static byte[] write(String gradeItem, List<TraineeScore> scores) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(HEADER);
        head.add(gradeItem);
        lines.add(head);
        for (TraineeScore s : scores) {
            lines.add(List.of(s.traineeId(), s.email() == null ? "" : s.email(), s.name(), s.shownPoints()));
        }
        return LmsCsv.write(lines);
    }
}
