package org.securebase.quiz.assembly;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.question.QuestionRef;

/**
 * What a quiz takes over from its blueprint besides the questions: what trainees read first,
 * the pass mark and the must-pass questions, the time limit, shuffling and retakes.
 *
 * @param title shown to trainees
 * @param instructions shown before the first question, or null
 * @param passPercent the pass mark, 0 to 100
 * @param timeLimitMinutes the time limit, or null for none
 * @param shuffleQuestions whether variants reorder vignette blocks and questions within blocks
 * @param shuffleOptions whether variants reorder choice options
 * @param maxAttempts how many attempts a trainee may make, at least 1
 * @param attemptPolicy which attempt counts when several are allowed
 * @param mustPass the questions a trainee must earn full marks on to pass, whatever the total
 *                 (docs/decisions/0087); empty for most quizzes
 * @since 0.1
 */
public record QuizSettings(String title, String instructions, int passPercent, Integer timeLimitMinutes,
                           boolean shuffleQuestions, boolean shuffleOptions, int maxAttempts,
                           AttemptPolicy attemptPolicy, List<QuestionRef> mustPass) {

    /** Settings with no must-pass question. */
    public QuizSettings(String title, String instructions, int passPercent, Integer timeLimitMinutes,
                        boolean shuffleQuestions, boolean shuffleOptions, int maxAttempts, AttemptPolicy attemptPolicy) {
        this(title, instructions, passPercent, timeLimitMinutes, shuffleQuestions, shuffleOptions, maxAttempts,
                attemptPolicy, List.of());
    }

    /** Rejects impossible marks and limits. */
    public QuizSettings {
        title = Checks.text(title, "quiz title");
        instructions = Checks.optionalText(instructions);
        if (passPercent < 0 || passPercent > 100) {
            throw new ModelException("pass percent must be between 0 and 100, was " + passPercent);
        }
        if (timeLimitMinutes != null && timeLimitMinutes < 1) {
            throw new ModelException("time limit must be ≥ 1 minute, was " + timeLimitMinutes);
        }
        Checks.positive(maxAttempts, "attempts allowed");
        Checks.present(attemptPolicy, "attempt policy");
        mustPass = mustPass == null ? List.of() : Checks.list(mustPass, "must-pass questions");
        QuestionRef dup = Checks.firstDuplicate(mustPass);
        if (dup != null) {
            throw new ModelException("question " + dup + " is listed as must-pass twice");
        }
    }

    /** These settings with the must-pass questions the assembled quiz asks. */
    public QuizSettings withMustPass(List<QuestionRef> refs) {
        return new QuizSettings(title, instructions, passPercent, timeLimitMinutes, shuffleQuestions, shuffleOptions,
                maxAttempts, attemptPolicy, refs);
    }

    /** The settings a blueprint gives. */
    public static QuizSettings of(QuizBlueprint b) {
        return new QuizSettings(b.title(), b.instructions(), b.passPercent(), b.timeLimitMinutes(),
                b.shuffleQuestions(), b.shuffleOptions(), b.maxAttempts(), b.attemptPolicy());
    }
}
