package org.securebase.model.question;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * A "select all that apply" question: at least one correct option, scored all or nothing
 * (the default) or with partial credit.
 *
 * @param id unique within the vignette
 * @param points weight in the total, at least 0
 * @param concepts what it assesses
 * @param ownDifficulty its own difficulty, or null for the vignette's
 * @param stem the question text
 * @param options at least two, at least one correct, texts distinct
 * @param scoring all-or-nothing or partial
 * @param feedback general feedback, or null
 * @since 0.1
 */
public record MultipleResponse(String id, int points, List<ConceptId> concepts, Difficulty ownDifficulty,
                               String stem, List<ChoiceOption> options, Scoring scoring, String feedback)
        implements Question {

    /** Rejects a question with no correct option. */
    public MultipleResponse {
        id = QuestionParts.id(id);
        QuestionParts.points(points, id);
        concepts = QuestionParts.concepts(concepts, id);
        stem = QuestionParts.stem(stem, id);
        options = QuestionParts.options(options, id);
        if (QuestionParts.correctCount(options) == 0) {
            throw new ModelException("multiple-response question " + id + " has no correct option");
        }
        scoring = scoring == null ? Scoring.ALL_OR_NOTHING : scoring;
        feedback = Checks.optionalText(feedback);
    }

    @Override
    public Optional<Difficulty> difficulty() {
        return Optional.ofNullable(ownDifficulty);
    }

    /** The 1-based positions of the correct options, ascending. */
    public List<Integer> correctPositions() {
        return IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).mapToObj(i -> i + 1).toList();
    }

    @Override
    public String typeName() {
        return "multiple-response";
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.multipleResponse(this);
    }
}
