package org.securebase.model.question;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/** Checks shared by the four question types. */
final class QuestionParts {
    private QuestionParts() {
    }

    static String id(String id) {
        return Checks.id(id, "question id");
    }

    static int points(int points, String id) {
        if (points < 0) {
            throw new ModelException("points of question " + id + " must be ≥ 0, was " + points);
        }
        return points;
    }

    static List<ConceptId> concepts(List<ConceptId> concepts, String id) {
        List<ConceptId> copy = Checks.list(concepts, "concepts of question " + id);
        if (copy.isEmpty()) {
            throw new ModelException("question " + id + " assesses no concept: name at least one in 'concepts'");
        }
        ConceptId dup = Checks.firstDuplicate(copy);
        if (dup != null) {
            throw new ModelException("question " + id + " names concept '" + dup + "' twice");
        }
        return copy;
    }

    static String stem(String stem, String id) {
        return Checks.text(stem, "stem of question " + id);
    }

    static List<ChoiceOption> options(List<ChoiceOption> options, String id) {
        List<ChoiceOption> copy = Checks.list(options, "options of question " + id);
        if (copy.size() < 2) {
            throw new ModelException("question " + id + " needs at least 2 options, has " + copy.size());
        }
        String dup = Checks.firstDuplicate(copy.stream().map(ChoiceOption::text).toList());
        if (dup != null) {
            throw new ModelException("question " + id + " has the option text '" + dup + "' twice");
        }
        return copy;
    }

    static long correctCount(List<ChoiceOption> options) {
        return options.stream().filter(ChoiceOption::correct).count();
    }
}
