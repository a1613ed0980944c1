package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * A question with exactly one correct option among several; scored right or wrong.
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param options at least two, exactly one correct, texts distinct
 * @param feedback general feedback, or null
 * @since 0.1
 */
public record SingleChoice(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                           String stem, List<ChoiceOption> options, String feedback) implements Question {

    /** Rejects anything but exactly one correct option. */
    public SingleChoice {
        id = QuestionParts.id(id);
        QuestionParts.points(points, id);
        concepts = QuestionParts.concepts(concepts, id);
        stem = QuestionParts.stem(stem, id);
        options = QuestionParts.options(options, id);
        long correct = QuestionParts.correctCount(options);
        if (correct != 1) {
            throw new ModelException("single-choice question " + id + " must have exactly one correct option, has " + correct);
        }
        feedback = Checks.optionalText(feedback);
    }

    @Override
    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(ownDifficulty);
    }

    /** The 1-based position of the correct option. */
    public int correctPosition() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i + 1;
            }
        }
        throw new IllegalStateException("checked in the constructor");
    }

    @Override
    public String typeName() {
        return "single-choice";
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.singleChoice(this);
    }
}
