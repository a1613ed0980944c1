package org.securebase.quiz.grading;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;

/**
 * One grader's judgement of one open answer: the level reached on every criterion (1-based, 1
 * the lowest) and an optional comment the trainee sees on the score report.
 *
 * @param attemptId the attempt the answer belongs to
 * @param ref the question
 * @param grader who rated it, by name
 * @param role first, second or third rating of the answer
 * @param levels criterion id to the 1-based level reached, at least one
 * @param comment the grader's comment, or null
 * @param at when it was given
 * @since 0.3
 */
public record Rating(long attemptId, QuestionRef ref, String grader, RatingRole role, Map<String, Integer> levels,
                     String comment, Instant at) {

    /** Requires a grader, a level of at least 1 for each criterion named, and a time. */
    public Rating {
        Checks.present(ref, "question of a rating");
        grader = Checks.text(grader, "grader of a rating");
        Checks.present(role, "role of a rating");
        Checks.present(at, "time of a rating");
        if (levels == null || levels.isEmpty()) {
            throw new ModelException("a rating of " + ref + " names no level");
        }
        levels.forEach((c, l) -> {
            Checks.id(c, "criterion of a rating");
            if (l == null || l < 1) {
                throw new ModelException("the level of criterion " + c + " in a rating of " + ref + " must be ≥ 1, was " + l);
            }
        });
        levels = Collections.unmodifiableMap(new TreeMap<>(levels));
        comment = Checks.optionalText(comment);
    }

    /** The levels in their stored one-line form, e.g. {@code emotion=3 pace=2}. */
    public String levelsText() {
        StringBuilder out = new StringBuilder();
        levels.forEach((c, l) -> out.append(out.length() == 0 ? "" : " ").append(c).append('=').append(l));
        return out.toString();
    }

    /**
     * Reads levels written as {@link #levelsText()} writes them.
     *
     * @throws ModelException naming the text when it is not {@code criterion=level} pairs
     */
    public static Map<String, Integer> parseLevels(String text) {
        Map<String, Integer> out = new TreeMap<>();
        for (String pair : Checks.words(text)) {
            String[] cl = pair.split("=", -1);
            try {
                if (cl.length != 2 || out.put(cl[0], Integer.parseInt(cl[1])) != null) {
                    throw new ModelException("levels must be distinct 'criterion=level' pairs, was '" + text + "'");
                }
            } catch (NumberFormatException e) {
                throw new ModelException("levels must be distinct 'criterion=level' pairs, was '" + text + "'");
            }
        }
        return out;
    }

    /**
     * Checks that the rating rates exactly the question's criteria with levels they have.
     *
     * @throws ModelException naming the criterion
     */
    public void checkFits(OpenResponse q) {
        Rubric rubric = Criteria.of(q);
        for (RubricCriterion c : rubric.criteria()) {
            Integer level = levels.get(c.id());
            if (level == null) {
                throw new ModelException("a rating of " + ref + " gives no level for criterion " + c.id());
            }
            if (level > c.levels().size()) {
                throw new ModelException("a rating of " + ref + " gives level " + level + " for criterion " + c.id()
                        + ", which has " + c.levels().size() + " levels");
            }
        }
        for (String c : levels.keySet()) {
            if (rubric.criterion(c).isEmpty()) {
                throw new ModelException("a rating of " + ref + " names criterion " + c + ", which question " + q.id()
                        + " does not have");
            }
        }
    }

    /** The points of the level reached on one criterion. */
    public int points(OpenResponse q, String criterion) {
        checkFits(q);
        return Criteria.of(q).criterion(criterion).orElseThrow().levels().get(levels.get(criterion) - 1).points();
    }

    /** The points the levels reached add up to, at most the question's points. */
    public double points(OpenResponse q) {
        checkFits(q);
        int sum = 0;
        for (RubricCriterion c : Criteria.of(q).criteria()) {
            sum += c.levels().get(levels.get(c.id()) - 1).points();
        }
        return Math.min(sum, q.points());
    }
}
