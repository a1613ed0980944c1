package org.securebase.model.question;

import java.util.ArrayList;
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
 * <p>Spare right-hand options ({@code distractors}) match no prompt: they are shuffled in with the
 * right sides, so a trainee who knows all pairs but one still has more than one place for the
 * last (docs/decisions/0086). A right side's written position is its pair's number; spares follow,
 * numbered on from the last pair.
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param pairs at least two, left and right sides each distinct
 * @param scoring partial or all-or-nothing
 * @param feedback general feedback, or null
 * @param distractors spare right-hand options, distinct from each other and from every right side; may be empty
 * @since 0.1
 */
public record Matching(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                       String stem, List<MatchPair> pairs, Scoring scoring, String feedback,
                       List<String> distractors) implements Question {

    /** A matching question with no spare right-hand option. */
    public Matching(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                    String stem, List<MatchPair> pairs, Scoring scoring, String feedback) {
        this(id, points, concepts, ownDifficulty, stem, pairs, scoring, feedback, List.of());
    }

    /** Requires at least two pairs with distinct sides, and spares that repeat no right side. */
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
        distractors = distractors == null ? List.of() : Checks.list(distractors, "spare right sides of question " + id);
        List<String> spares = new ArrayList<>();
        for (String d : distractors) {
            spares.add(Checks.text(d, "spare right side of question " + id));
        }
        distractors = List.copyOf(spares);
        List<String> rights = new ArrayList<>(pairs.stream().map(MatchPair::right).toList());
        rights.addAll(distractors);
        String dupSpare = Checks.firstDuplicate(rights);
        if (dupSpare != null) {
            throw new ModelException("matching question " + id + " has the right side '" + dupSpare
                    + "' twice (a spare must differ from every right side)");
        }
    }

    /** Every right-hand option as written: the pairs' right sides in pair order, then the spares. */
    public List<String> rights() {
        List<String> rights = new ArrayList<>(pairs.stream().map(MatchPair::right).toList());
        rights.addAll(distractors);
        return List.copyOf(rights);
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
