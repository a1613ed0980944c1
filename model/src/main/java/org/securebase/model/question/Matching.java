package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * Match each left-hand prompt to its right-hand answer. Each pair is written as a correct
 * match; delivery shuffles the right-hand side. Partial credit (the default) is the share of
 * correct pairs.
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param pairs at least two, left and right sides each distinct
 * @param scoring partial or all-or-nothing
 * @param feedback general feedback, or null
 * @since 0.1
 */
public record Matching(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                       String stem, List<MatchPair> pairs, Scoring scoring, String feedback) implements Question {

    /** Requires at least two pairs with distinct sides. */
    public Matching {
        id = QuestionParts.id(id);
        QuestionParts.points(points, id);
        concepts = QuestionParts.concepts(concepts, id);
        stem = QuestionParts.stem(stem, id);
        pairs = Checks.list(pairs, "pairs of question " + id);
        if (pairs.size() < 2) {
            throw new ModelException("matching question " + id + " needs at least 2 pairs, has " + pairs.size());
        }
        String dupLeft = Checks.firstDuplicate(pairs.stream().map(MatchPair::left).toList());
        if (dupLeft != null) {
            throw new ModelException("matching question " + id + " has the left side '" + dupLeft + "' twice");
        }
        String dupRight = Checks.firstDuplicate(pairs.stream().map(MatchPair::right).toList());
        if (dupRight != null) {
            throw new ModelException("matching question " + id + " has the right side '" + dupRight + "' twice");
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
        return "matching";
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.matching(this);
    }
}
