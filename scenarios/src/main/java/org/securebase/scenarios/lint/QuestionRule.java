package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.vignette.Vignette;

/**
 * A lint rule that judges each question on its own. The rule is a {@link QuestionVisitor} that
 * must answer for every question type, even if only with "no findings": when a type joins the
 * family, every such rule fails to compile until its author decides what it says about it.
 *
 * @since 0.2
 */
public abstract class QuestionRule implements LintRule, QuestionVisitor<List<Finding>> {

    /** Visits every question of the vignette in written order. */
    @Override
    public final List<Finding> check(Vignette vignette) {
        List<Finding> out = new ArrayList<>();
        for (Question q : vignette.questions()) {
            out.addAll(q.accept(this));
        }
        return out;
    }
}
