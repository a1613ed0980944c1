package org.securebase.quiz.scoring;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.QuestionRef;

/**
 * The mark of one question in one attempt.
 *
 * @param ref the question
 * @param rule the {@link ScoringRule#ruleName()} applied
 * @param answer the answer scored, or null when none was given
 * @param credit the share of the points earned, 0 to 1
 * @param earned {@code credit × possible}
 * @param possible the question's points; 0 when voided
 * @param voided whether the question counts for no one
 * @param concepts the concepts the question assesses (for mastery)
 * @param mark the graders' mark of an open answer, or null (rule-scored, unanswered, or not yet graded)
 * @param awaitingGrading true for an open answer no grader has marked yet: its credit of 0 is provisional
 * @since 0.1
 */
public record QuestionScore(QuestionRef ref, String rule, Answer answer, double credit, double earned, int possible,
                            boolean voided, List<ConceptId> concepts, Mark mark, boolean awaitingGrading) {

    /** The score of a question scored by its rule alone. */
    public QuestionScore(QuestionRef ref, String rule, Answer answer, double credit, double earned, int possible,
                         boolean voided, List<ConceptId> concepts) {
        this(ref, rule, answer, credit, earned, possible, voided, concepts, null, false);
    }

    /** Rejects credit outside [0, 1] and a voided question that counts. */
    public QuestionScore {
        // Messages are built only on failure: a score is made for every question of every attempt.
        Checks.present(ref, "question of a score");
        if (rule == null || rule.isBlank()) {
            throw new ModelException("rule of the score of " + ref + " is missing or empty");
        }
        if (credit < 0 || credit > 1) {
            throw new ModelException("credit of " + ref + " must be between 0 and 1, was " + credit);
        }
        if (voided && (possible != 0 || earned != 0)) {
            throw new ModelException("voided question " + ref + " must count 0 of 0, was " + earned + " of " + possible);
        }
        if (possible < 0) {
            Checks.notNegative(possible, "points possible on " + ref);
        }
        concepts = concepts == null ? List.of() : concepts;
        for (ConceptId c : concepts) {
            if (c == null) {
                throw new ModelException("concepts of " + ref + " holds a missing entry");
            }
        }
        concepts = List.copyOf(concepts);
        if (awaitingGrading && (mark != null || credit != 0)) {
            throw new ModelException("the open answer to " + ref + " cannot await grading with a mark or credit");
        }
    }

    /** True when the answer earned every point (false for a voided question). */
    public boolean fullMarks() {
        return !voided && credit == 1;
    }
}
