package org.securebase.export.report;

import java.math.BigDecimal;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * One question of a scored attempt as the trainee sees it afterwards.
 *
 * @param number the position in the quiz, from 1
 * @param stem the question text
 * @param answer what the trainee answered, in words (e.g. "B. Anxious pursuit"); "(no answer)" when blank
 * @param correctAnswer the right answer, in words
 * @param points earned, 0 to max
 * @param max what the question was worth
 * @param feedback why, or null
 * @param grading for a graded open answer, the rubric level reached on each criterion and the
 *                graders' comments, one line each; empty for a question scored by rule
 * @param awaitingGrading true for an open answer no grader has marked yet (points 0 for now)
 * @since 0.1
 */
public record AnsweredQuestion(int number, String stem, String answer, String correctAnswer, BigDecimal points,
                               BigDecimal max, String feedback, List<String> grading, boolean awaitingGrading) {

    /** A question scored by rule. */
    public AnsweredQuestion(int number, String stem, String answer, String correctAnswer, BigDecimal points,
                            BigDecimal max, String feedback) {
        this(number, stem, answer, correctAnswer, points, max, feedback, List.of(), false);
    }

    /** Requires a number ≥ 1, texts, and 0 ≤ points ≤ max. */
    public AnsweredQuestion {
        Checks.positive(number, "question number");
        stem = Checks.text(stem, "stem of question " + number);
        answer = answer == null || answer.isBlank() ? "(no answer)" : Checks.normalise(answer);
        correctAnswer = Checks.text(correctAnswer, "right answer of question " + number);
        Checks.present(points, "points of question " + number);
        Checks.present(max, "maximum of question " + number);
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new ModelException("points of question " + number + " must be between 0 and " + max.toPlainString()
                    + ", was " + points.toPlainString());
        }
        feedback = Checks.optionalText(feedback);
        grading = grading == null ? List.of() : Checks.list(grading, "grading of question " + number);
        if (awaitingGrading && points.signum() != 0) {
            throw new ModelException("question " + number + " awaits grading and has no points yet, was "
                    + points.toPlainString());
        }
    }

    /** Full marks. */
    public boolean right() {
        return points.compareTo(max) == 0;
    }
}
