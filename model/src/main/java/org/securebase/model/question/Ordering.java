package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * Put items in order. The items are written in the correct order; delivery shuffles them.
 * Partial credit (the default) is the share of item pairs in the right relative order.
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param items at least two, in the correct order, distinct
 * @param scoring partial or all-or-nothing
 * @param feedback general feedback, or null
 * @since 0.1
 */
public record Ordering(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                       String stem, List<String> items, Scoring scoring, String feedback) implements Question {

    /** Requires at least two distinct items. */
    public Ordering {
        id = QuestionParts.id(id);
        QuestionParts.points(points, id);
        concepts = QuestionParts.concepts(concepts, id);
        stem = QuestionParts.stem(stem, id);
        final String qid = id;
        items = Checks.list(items, "items of question " + id).stream()
                .map(i -> Checks.text(i, "an item of question " + qid)).toList();
        if (items.size() < 2) {
            throw new ModelException("ordering question " + id + " needs at least 2 items, has " + items.size());
        }
        String dup = Checks.firstDuplicate(items);
        if (dup != null) {
            throw new ModelException("ordering question " + id + " has the item '" + dup + "' twice");
        }
        scoring = scoring == null ? Scoring.PARTIAL : scoring;
        feedback = Checks.optionalText(feedback);
    }

    @Override
    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(ownDifficulty);
    }

    @Override
    public String typeName() {
        return "ordering";
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.ordering(this);
    }
}
