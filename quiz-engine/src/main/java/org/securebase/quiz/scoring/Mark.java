package org.securebase.quiz.scoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * The mark an open answer gets once graded, as the grading resolution policy decided it from its
 * ratings: the points, the points per criterion (a mean may fall between levels), the comments
 * the trainee sees, and how it was decided.
 *
 * @param points the points, 0 to the question's points
 * @param byCriterion criterion id to the points decided on it
 * @param comments the graders' comments, in rating order
 * @param decidedBy how the ratings were combined
 * @since 0.3
 */
public record Mark(double points, Map<String, Double> byCriterion, List<String> comments, Decision decidedBy) {

    /** Requires points of 0 or more. */
    public Mark {
        if (!(points >= 0)) {
            throw new ModelException("the points of a mark must be ≥ 0, was " + points);
        }
        byCriterion = Map.copyOf(new TreeMap<>(byCriterion));
        comments = List.copyOf(Checks.list(comments, "comments of a mark"));
        Checks.present(decidedBy, "decision of a mark");
    }

    /** How the ratings of an answer were combined into its mark. */
    public enum Decision {
        /** One rating: it is the mark. */
        SINGLE_RATING,
        /** A first and a second rating: per criterion, the mean of their points. */
        MEAN_OF_TWO,
        /** A third rating, given to resolve a disagreement: it alone is the mark. */
        THIRD_RATING
    }
}
