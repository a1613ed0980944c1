package org.securebase.quiz.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.quiz.grading.Criteria;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.grading.RatingRole;
import org.securebase.quiz.grading.Ungraded;

/**
 * A grading sheet: the open answers a grader has to rate as a CSV file (RFC 4180, UTF-8), for
 * graders who prefer a spreadsheet to the terminal. Each row is one answer, blind (the attempt's
 * store number, never the trainee); the grader fills in {@code levels} ({@code emotion=3 pace=2},
 * 1 = lowest level) and may add a {@code comment}; the rubric, the model answer and the answer
 * follow for reading. Read back all or nothing, like the response import: every problem is
 * reported with its line, and a row left without levels is simply not rated yet.
 *
 * @since 0.3
 */
public final class GradingSheet {
    /** The sheet's columns; the first six are read back, the rest are there to read. */
    public static final List<String> HEADER = List.of("answer", "question", "role", "grader", "levels", "comment",
            "rubric", "model_answer", "text");

    private GradingSheet() {
    }

    /**
     * Writes the answers to rate, one row each, with the grader's name filled in and levels and
     * comment left blank.
     *
     * @param answers the answers, in the grader's order
     * @param grader who will rate them
     * @param out where to write; left open
     * @throws UncheckedIOException when writing fails
     */
    public static void write(List<Ungraded> answers, String grader, Writer out) {
        Checks.text(grader, "grader of a grading sheet");
        try {
            out.write(line(HEADER));
            for (Ungraded u : answers) {
                out.write(line(List.of(Long.toString(u.attemptId()), u.ref().toString(), u.role().text(), grader, "", "",
                        rubric(u.question()), u.question().model().orElse(""), u.text())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grading sheet: " + e.getMessage(), e);
        }
    }

    /** The rubric on one line: each criterion with its levels numbered from 1. */
    static String rubric(OpenResponse q) {
        List<String> parts = new ArrayList<>();
        for (RubricCriterion c : Criteria.of(q).criteria()) {
            List<String> levels = new ArrayList<>();
            for (int i = 0; i < c.levels().size(); i++) {
                RubricLevel l = c.levels().get(i);
                levels.add((i + 1) + " = " + l.points() + " pt" + (l.descriptor() == null ? "" : " " + l.descriptor()));
            }
            parts.add(c.id() + " (" + c.title() + "): " + String.join("; ", levels));
        }
        return String.join(" | ", parts);
    }

    /**
     * What reading a sheet gave: the ratings it holds, or every problem found.
     *
     * @param ratings the ratings of the rows with levels; empty when there are problems
     * @param problems every bad row, by line; empty when the sheet can be saved
     * @param skipped rows left without levels (not rated yet)
     */
    public record Read(List<Rating> ratings, List<RowProblem> problems, int skipped) {
        /** Copies the lists; problems sorted by line. */
        public Read {
            ratings = List.copyOf(ratings);
            problems = problems.stream().sorted().toList();
        }
    }

    /**
     * Reads a filled-in sheet.
     *
     * @param in the sheet's text; closed by the caller
     * @param open the quiz's open responses, by reference
     * @param at the time the ratings are given
     * @return the ratings, or the problems (then no rating)
     */
    public static Read read(Reader in, Map<QuestionRef, OpenResponse> open, Instant at) {
        List<Rating> ratings = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        Iterator<Csv.Record> records = Csv.records(in);
        if (!records.hasNext()) {
            return new Read(List.of(), List.of(new RowProblem(1, "the sheet is empty; its first line must be the"
                    + " header " + String.join(",", HEADER))), 0);
        }
        Csv.Record first = records.next();
        if (!(first instanceof Csv.Row header) || header.fields().size() < 6
                || !header.fields().subList(0, 6).equals(HEADER.subList(0, 6))) {
            return new Read(List.of(), List.of(new RowProblem(1, "the first line must be the header "
                    + String.join(",", HEADER) + " (at least its first six columns)")), 0);
        }
        while (records.hasNext()) {
            Csv.Record r = records.next();
            if (r instanceof Csv.Malformed m) {
                problems.add(new RowProblem(m.line(), m.reason()));
                continue;
            }
            Csv.Row row = (Csv.Row) r;
            List<String> f = row.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < 6) {
                problems.add(new RowProblem(row.line(), "has " + f.size() + " field(s); a row needs at least the six"
                        + " columns answer,question,role,grader,levels,comment"));
                continue;
            }
            if (f.get(4).isBlank()) {
                skipped++;
                continue;
            }
            try {
                Rating rating = rating(f, open, at);
                if (!seen.add(rating.attemptId() + " " + rating.ref() + " " + rating.role())) {
                    throw new ModelException("rates answer " + rating.attemptId() + " to " + rating.ref() + " as "
                            + rating.role().text() + " grader a second time");
                }
                ratings.add(rating);
            } catch (ModelException e) {
                problems.add(new RowProblem(row.line(), e.getMessage()));
            }
        }
        return problems.isEmpty() ? new Read(ratings, List.of(), skipped) : new Read(List.of(), problems, skipped);
    }

    private static Rating rating(List<String> f, Map<QuestionRef, OpenResponse> open, Instant at) {
        long attempt;
        try {
            attempt = Long.parseLong(f.get(0).strip());
        } catch (NumberFormatException e) {
            throw new ModelException("answer must be the number the sheet was written with, was '"
                    + Csv.excerpt(f.get(0)) + "'");
        }
        QuestionRef ref;
        try {
            ref = QuestionRef.parse(f.get(1).strip());
        } catch (ModelException e) {
            throw new ModelException("question must be a reference like case-id#q1, was '" + Csv.excerpt(f.get(1)) + "'");
        }
        OpenResponse q = open.get(ref);
        if (q == null) {
            throw new ModelException("question " + ref + " is not an open response of this quiz");
        }
        RatingRole role;
        try {
            role = RatingRole.of(f.get(2).strip());
        } catch (ModelException | IllegalArgumentException e) {
            throw new ModelException("role must be first, second or third, was '" + Csv.excerpt(f.get(2)) + "'");
        }
        String grader = f.get(3).strip();
        if (grader.isEmpty()) {
            throw new ModelException("the grader's name is missing");
        }
        String comment = f.get(5).strip();
        Rating r = new Rating(attempt, ref, grader, role, Rating.parseLevels(f.get(4)), comment.isEmpty() ? null : comment,
                at);
        r.checkFits(q);
        return r;
    }

    private static String line(List<String> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (String v : fields) {
            String text = neutralised(v);
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            out.add(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        return String.join(",", out) + "\r\n";
    }

    /** Text a spreadsheet would run as a formula starts with an apostrophe, which it shows as text. */
    private static String neutralised(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }
}
