package org.securebase.model.blueprint;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A blueprint: how to draw a quiz from a library. The engine turns it, a library and a seed
 * into a reproducible quiz.
 *
 * @param id the blueprint id courses refer to
 * @param version the author's revision, at least 1
 * @param title shown to trainees
 * @param instructions shown before the first question, or null
 * @param passPercent the pass mark, 0 to 100 (70 by default)
 * @param timeLimitMinutes the time limit, or null for none
 * @param shuffleQuestions whether variants reorder vignette blocks and questions
 * @param shuffleOptions whether variants reorder choice options
 * @param maxAttempts how many attempts a trainee may make, at least 1
 * @param attemptPolicy which attempt counts when several are allowed
 * @param sections at least one, ids distinct
 * @since 0.1
 */
public record QuizBlueprint(String id, int version, String title, String instructions, int passPercent,
                            Integer timeLimitMinutes, boolean shuffleQuestions, boolean shuffleOptions,
                            int maxAttempts, AttemptPolicy attemptPolicy, List<Section> sections) {
    /** The pass mark when the blueprint gives none. */
    public static final int DEFAULT_PASS_PERCENT = 70;

    /** Rejects impossible marks, limits and duplicate sections or fixed questions. */
    public QuizBlueprint {
        Checks.id(id, "blueprint id");
        if (version < 1) {
            throw new ModelException("version of blueprint " + id + " must be ≥ 1, was " + version);
        }
        title = Checks.text(title, "title of blueprint " + id);
        instructions = Checks.optionalText(instructions);
        if (passPercent < 0 || passPercent > 100) {
            throw new ModelException("pass-percent of blueprint " + id + " must be between 0 and 100, was " + passPercent);
        }
        if (timeLimitMinutes != null && timeLimitMinutes < 1) {
            throw new ModelException("time-limit-minutes of blueprint " + id + " must be ≥ 1, was " + timeLimitMinutes);
        }
        if (maxAttempts < 1) {
            throw new ModelException("attempts of blueprint " + id + " must be ≥ 1, was " + maxAttempts);
        }
        attemptPolicy = attemptPolicy == null ? AttemptPolicy.BEST : attemptPolicy;
        sections = Checks.nonEmpty(sections, "sections of blueprint " + id);
        String dupSection = Checks.firstDuplicate(sections.stream().map(Section::id).toList());
        if (dupSection != null) {
            throw new ModelException("blueprint " + id + " has two sections with the id '" + dupSection + "'");
        }
        QuestionRef dupFixed = Checks.firstDuplicate(fixedRefs(sections));
        if (dupFixed != null) {
            throw new ModelException("blueprint " + id + " fixes question " + dupFixed + " in more than one place");
        }
    }

    private static List<QuestionRef> fixedRefs(List<Section> sections) {
        List<QuestionRef> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.fixed()));
        return all;
    }

    /** Every fixed question of every section, in blueprint order. */
    public List<QuestionRef> fixed() {
        return fixedRefs(sections);
    }
}
