package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;

/**
 * The questions a blueprint can ask: every fixed question, and every question a drawing section
 * selects (as assembly selects them). Auditing the pool says what a test-wise trainee could
 * earn on any quiz drawn from it.
 *
 * @since 0.3
 */
public final class Pool {
    private Pool() {
    }

    /**
     * The pool, in library order.
     *
     * @throws ModelException when a fixed question is not in the library
     */
    public static List<LibraryQuestion> of(QuizBlueprint blueprint, Library library) {
        Set<QuestionRef> fixed = new LinkedHashSet<>();
        for (Section s : blueprint.sections()) {
            for (QuestionRef r : s.fixed()) {
                if (library.question(r).isEmpty()) {
                    throw new ModelException("blueprint " + blueprint.id() + " fixes " + r + ", which the library does not hold");
                }
                fixed.add(r);
            }
        }
        List<LibraryQuestion> out = new ArrayList<>();
        for (LibraryQuestion q : library.questions()) {
            if (fixed.contains(q.ref()) || blueprint.sections().stream().anyMatch(s -> draws(s, q))) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean draws(Section s, LibraryQuestion q) {
        return s.drawCount() > 0 && (s.selections().isEmpty()
                || s.selections().stream().anyMatch(sel -> sel.selects(q.vignette(), q.question())));
    }
}
