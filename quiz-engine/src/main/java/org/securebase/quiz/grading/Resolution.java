package org.securebase.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.securebase.model.ModelException;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.RubricCriterion;
import org.securebase.quiz.scoring.Mark;

/**
 * The resolution policy: how the ratings of one open answer decide its mark (docs/grading.md).
 * <ul>
 *   <li>no rating: no mark, the answer awaits grading;</li>
 *   <li>one rating (first or second): its points;</li>
 *   <li>a first and a second rating at most one level apart on every criterion: per criterion
 *       the mean of their points, so a one-level disagreement costs the trainee half a level;</li>
 *   <li>a first and a second rating more than one level apart on some criterion: no mark until
 *       a third rating is given (the answer still awaits grading);</li>
 *   <li>a third rating: it alone decides.</li>
 * </ul>
 * The mark never exceeds the question's points. Comments of every rating are kept.
 *
 * @since 0.3
 */
public final class Resolution {
    private Resolution() {
    }

    /**
     * The mark the ratings of one answer decide, or empty when there is none yet (no rating, or
     * two that need a third).
     *
     * @param q the question
     * @param ratings the ratings of one answer
     * @throws ModelException when two ratings have the same role or a rating does not fit the question
     */
    public static Optional<Mark> of(OpenResponse q, List<Rating> ratings) {
        Map<RatingRole, Rating> byRole = new TreeMap<>();
        for (Rating r : ratings) {
            r.checkFits(q);
            if (byRole.put(r.role(), r) != null) {
                throw new ModelException("the answer to " + r.ref() + " in attempt " + r.attemptId() + " has two "
                        + r.role().text() + " ratings");
            }
        }
        if (byRole.isEmpty()) {
            return Optional.empty();
        }
        List<String> comments = new ArrayList<>();
        byRole.values().forEach(r -> {
            if (r.comment() != null) {
                comments.add(r.comment());
            }
        });
        Rating third = byRole.get(RatingRole.THIRD);
        if (third != null) {
            return Optional.of(single(q, third, comments, Mark.Decision.THIRD_RATING));
        }
        Rating first = byRole.get(RatingRole.FIRST);
        Rating second = byRole.get(RatingRole.SECOND);
        if (first == null || second == null) {
            return Optional.of(single(q, first != null ? first : second, comments, Mark.Decision.SINGLE_RATING));
        }
        if (needsThirdRating(q, first, second)) {
            return Optional.empty();
        }
        Map<String, Double> by = new TreeMap<>();
        double sum = 0;
        for (RubricCriterion c : Criteria.of(q).criteria()) {
            double mean = (first.points(q, c.id()) + second.points(q, c.id())) / 2.0;
            by.put(c.id(), mean);
            sum += mean;
        }
        return Optional.of(new Mark(Math.min(sum, q.points()), by, comments, Mark.Decision.MEAN_OF_TWO));
    }

    /** True when the two ratings are more than one level apart on some criterion. */
    public static boolean needsThirdRating(OpenResponse q, Rating first, Rating second) {
        for (RubricCriterion c : Criteria.of(q).criteria()) {
            if (Math.abs(first.levels().get(c.id()) - second.levels().get(c.id())) > 1) {
                return true;
            }
        }
        return false;
    }

    private static Mark single(OpenResponse q, Rating r, List<String> comments, Mark.Decision decision) {
        Map<String, Double> by = new TreeMap<>();
        for (RubricCriterion c : Criteria.of(q).criteria()) {
            by.put(c.id(), (double) r.points(q, c.id()));
        }
        return new Mark(r.points(q), by, comments, decision);
    }
}
