package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * A question the trainee answers in their own words ("write what you would say to her now"),
 * graded by a person against a rubric. Recognising the right reflection among four tests less
 * than writing it; this type asks for the writing (issue 18, decision 0110).
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param modelAnswer an answer that would earn full marks, shown to graders and on the key; or null
 * @param maxLength the most characters an answer may have, at least 1; or null for no limit
 * @param rubric the criteria graders judge by, or null when not written (lint warns)
 * @param feedback general feedback, or null
 * @since 0.3
 */
public record OpenResponse(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                           String stem, String modelAnswer, Integer maxLength, Rubric rubric,
                           String feedback) implements Question {

    /** Requires a positive maximum length when one is given. */
    public OpenResponse {
        id = QuestionParts.id(id);
        QuestionParts.points(points, id);
        concepts = QuestionParts.concepts(concepts, id);
        stem = QuestionParts.stem(stem, id);
        modelAnswer = Checks.optionalText(modelAnswer);
        if (maxLength != null && maxLength < 1) {
            throw new ModelException("max-length of question " + id + " must be ≥ 1, was " + maxLength);
        }
        feedback = Checks.optionalText(feedback);
    }

    @Override
    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(ownDifficulty);
    }

    /** The model answer, when written. */
    public Optional<String> model() {
        return Optional.ofNullable(modelAnswer);
    }

    /** The maximum length in characters, when set. */
    public Optional<Integer> limit() {
        return Optional.ofNullable(maxLength);
    }

    /** The rubric, when written. */
    public Optional<Rubric> criteria() {
        return Optional.ofNullable(rubric);
    }

    @Override
    public String typeName() {
        return "open-response";
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.openResponse(this);
    }
}
