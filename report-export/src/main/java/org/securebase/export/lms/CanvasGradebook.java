package org.securebase.export.lms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.securebase.quiz.importing.Csv;

/**
 * Adds one assignment column to a gradebook CSV exported from Canvas, in the shape Canvas's
 * gradebook import reads back: the {@code Student}, {@code ID}, {@code SIS User ID},
 * {@code SIS Login ID} (and {@code Integration ID} when present) and {@code Section} columns
 * kept, the {@code Points Possible} row kept with the quiz's maximum, and the scores in a column
 * titled as the existing assignment ({@code Name (id)}, which Canvas updates) when the export
 * has one of that name, else as a new assignment. A student no trainee matches gets an empty
 * cell, which Canvas leaves as it was.
 *
 * @since 0.2
 */
public final class CanvasGradebook {
    /** The identity columns Canvas needs, in its order; {@code Integration ID} only when the export has it. */
    static final List<String> IDENTITY = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Integration ID", "Section");
    private static final String POINTS_POSSIBLE = "Points Possible";

    private final List<String> header;
    private final List<List<String>> students = new ArrayList<>();
    private final Map<String, Integer> column = new HashMap<>();

    private CanvasGradebook(List<Csv.Row> rows) {
        header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            column.putIfAbsent(header.get(i).strip(), i);
        }
        for (String needed : List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section")) {
            if (!column.containsKey(needed)) {
                throw new LmsFileException("the Canvas export has no '" + needed + "' column; export the gradebook from"
                        + " Canvas (Grades > Export > Export Entire Gradebook) and pass that file");
            }
        }
        for (Csv.Row r : rows.subList(1, rows.size())) {
            String id = cell(r.fields(), "ID");
            if (!id.isBlank() && !cell(r.fields(), "Student").strip().equals(POINTS_POSSIBLE)) {
                students.add(r.fields());
            }
        }
    }

    /**
     * Reads a Canvas gradebook export.
     *
     * @throws LmsFileException when it is not CSV or lacks a column Canvas needs
     */
    public static CanvasGradebook read(String text) {
        List<Csv.Row> rows = new ArrayList<>();
        for (Csv.Record r : Csv.read(text)) {
            if (r instanceof Csv.Malformed m) {
                throw new LmsFileException("line " + m.line() + " of the Canvas export is not CSV: " + m.reason());
            }
            rows.add((Csv.Row) r);
        }
        if (rows.isEmpty()) {
            throw new LmsFileException("the Canvas export is empty");
        }
        return new CanvasGradebook(rows);
    }

    /** The number of students in the export. */
    public int students() {
        return students.size();
    }

    /**
     * Matches trainees to students by e-mail, SIS user id or SIS login (case-insensitive): a trainee's
     * id or e-mail against a student's SIS User ID or SIS Login ID. Exactly one student each, and no
     * student for two trainees, or the trainee is listed.
     */
    public Matches match(List<TraineeScore> scores) {
        Map<String, Set<Integer>> candidates = new HashMap<>();
        Map<Integer, List<String>> claimed = new HashMap<>();
        for (TraineeScore s : scores) {
            Set<Integer> found = new LinkedHashSet<>();
            Set<String> keys = keys(s.traineeId(), s.email());
            for (int i = 0; i < students.size(); i++) {
                Set<String> theirs = keys(cell(students.get(i), "SIS User ID"), cell(students.get(i), "SIS Login ID"));
                if (theirs.stream().anyMatch(keys::contains)) {
                    found.add(i);
                }
            }
            candidates.put(s.traineeId(), found);
            if (found.size() == 1) {
                claimed.computeIfAbsent(found.iterator().next(), k -> new ArrayList<>()).add(s.traineeId());
            }
        }
        Map<String, Integer> matched = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (TraineeScore s : scores) {
            Set<Integer> found = candidates.get(s.traineeId());
            String who = s.traineeId() + " (" + s.name() + ")";
            if (found.isEmpty()) {
                unmatched.add(who + ": no student has this id or e-mail as SIS User ID or SIS Login ID");
            } else if (found.size() > 1) {
                ambiguous.add(who + ": matches " + found.size() + " students (" + names(found) + ")");
            } else {
                int row = found.iterator().next();
                List<String> sharing = claimed.get(row);
                if (sharing.size() > 1) {
                    ambiguous.add(who + ": shares the student " + cell(students.get(row), "Student") + " with "
                            + String.join(", ", sharing.stream().filter(t -> !t.equals(s.traineeId())).toList()));
                } else {
                    matched.put(s.traineeId(), row);
                }
            }
        }
        return new Matches(matched, unmatched, ambiguous);
    }

    /**
     * The import file: identity columns, the assignment column, the points row and a row per student.
     *
     * @param assignment the assignment's name (an existing column of that name, with or without its id, is updated)
     * @param pointsPossible the quiz's maximum
     */
    public byte[] write(String assignment, String pointsPossible, List<TraineeScore> scores, Matches matches) {
        List<Integer> kept = new ArrayList<>();
        for (String name : IDENTITY) {
            Integer i = column.get(name);
            if (i != null) {
                kept.add(i);
            }
        }
        Map<Integer, String> byRow = new HashMap<>();
        for (TraineeScore s : scores) {
            Integer row = matches.matched().get(s.traineeId());
            if (row != null) {
                byRow.put(row, s.shownPoints());
            }
        }
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(kept.stream().map(header::get).toList());
        head.add(columnTitleFor(assignment));
        lines.add(head);
        List<String> points = new ArrayList<>();
        for (int i : kept) {
            points.add(header.get(i).strip().equals("Student") ? "    " + POINTS_POSSIBLE : "");
        }
        points.add(pointsPossible);
        lines.add(points);
        for (int r = 0; r < students.size(); r++) {
            List<String> line = new ArrayList<>();
            for (int i : kept) {
                line.add(i < students.get(r).size() ? students.get(r).get(i) : "");
            }
            line.add(byRow.getOrDefault(r, ""));
            lines.add(line);
        }
        return LmsCsv.write(lines);
    }

    /** The existing column {@code assignment (id)} or {@code assignment} itself, else {@code assignment} as a new one. */
    public String columnTitleFor(String assignment) {
        for (String h : header) {
            String title = h.strip();
            if (title.equals(assignment) || title.replaceAll("\\s*\\(\\d+\\)$", "").equals(assignment)) {
                return title;
            }
        }
        return assignment;
    }

    private String names(Set<Integer> rows) {
        return String.join(", ", rows.stream().map(i -> cell(students.get(i), "Student")).toList());
    }

    private String cell(List<String> row, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static Set<String> keys(String a, String b) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : new String[] {a, b}) {
            if (k != null && !k.isBlank()) {
                out.add(k.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
