package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * The criteria a grader judges an open answer by. The mark is the sum of the levels reached,
 * at most the question's points (see decision 0110).
 *
 * @param criteria at least one, ids distinct, in the order graders see them
 * @since 0.3
 */
public record Rubric(List<RubricCriterion> criteria) {

    /** Requires at least one criterion and distinct criterion ids. */
    public Rubric {
        criteria = Checks.list(criteria, "criteria of a rubric");
        if (criteria.isEmpty()) {
            throw new ModelException("a rubric needs at least one criterion");
        }
        String dup = Checks.firstDuplicate(criteria.stream().map(RubricCriterion::id).toList());
        if (dup != null) {
            throw new ModelException("a rubric names the criterion '" + dup + "' twice");
        }
    }

    /** The most the rubric awards: the sum of its criteria's points. */
    public int points() {
        return criteria.stream().mapToInt(RubricCriterion::points).sum();
    }

    /** The criterion with this id, if the rubric has it. */
    public Optional<RubricCriterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
