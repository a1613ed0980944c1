package org.securebase.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * One thing a grader judges in an open answer ("stays with the client's pace"), with its levels
 * in ascending order of points. The grader picks exactly one level; the criterion's points are
 * those of its top level. An analytic rubric of this kind is what rater-agreement statistics are
 * computed over, one criterion at a time (Jonsson and Svingby 2007, "The use of scoring rubrics").
 *
 * @param id unique within the rubric, used to store and compare ratings
 * @param title what is judged
 * @param points the most the criterion earns, equal to its top level's points
 * @param levels at least two, points strictly ascending, the top one at {@code points}
 * @since 0.3
 */
public record RubricCriterion(String id, String title, int points, List<RubricLevel> levels) {

    /** Requires at least two levels with strictly ascending points, the top one at the criterion's points. */
    public RubricCriterion {
        id = Checks.id(id, "criterion id");
        title = Checks.text(title, "title of criterion " + id);
        levels = Checks.list(levels, "levels of criterion " + id);
        if (levels.size() < 2) {
            throw new ModelException("criterion " + id + " needs at least 2 levels, has " + levels.size());
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).points() <= levels.get(i - 1).points()) {
                throw new ModelException("levels of criterion " + id + " must rise in points: level " + (i + 1)
                        + " has " + levels.get(i).points() + " after " + levels.get(i - 1).points());
            }
        }
        int top = levels.get(levels.size() - 1).points();
        if (top != points) {
            throw new ModelException("criterion " + id + " is worth " + points + " points but its top level has " + top);
        }
    }

    /** The level at the given 1-based position (1 is the lowest), if there is one. */
    public Optional<RubricLevel> level(int position) {
        return position >= 1 && position <= levels.size() ? Optional.of(levels.get(position - 1)) : Optional.empty();
    }

    /** The 1-based positions of the levels that have no descriptor, lowest first. */
    public List<Integer> undescribedLevels() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!levels.get(i).described()) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
