package org.securebase.web;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;

/**
 * The quiz the web tests serve: the engine's golden quiz with its one multiple-response question
 * added to the fixed ones, so every question type is asked (10 questions, 13 points, 45 minutes).
 */
final class WorkshopQuiz {
    private WorkshopQuiz() {
    }

    /** The quiz of every type with its first fixed question, couple-late-text#q1 (1 point of 13), must-pass. */
    static Quiz everyTypeWithMustPass() {
        return everyType(QuestionRef.parse("couple-late-text#q1"));
    }

    static Quiz everyType() {
        return everyType(null);
    }

    private static Quiz everyType(QuestionRef mustPass) {
        QuizBlueprint golden = LibraryFixtures.anyBlueprint();
        List<Section> sections = new ArrayList<>(golden.sections());
        Section core = sections.remove(sections.size() - 1);
        List<QuestionRef> fixed = new ArrayList<>(core.fixed());
        fixed.add(QuestionRef.parse("couple-late-text#q2"));
        sections.add(new Section(core.id(), core.title(), core.draw(), core.selections(), fixed, false,
                mustPass == null ? List.of() : List.of(mustPass)));
        QuizBlueprint b = new QuizBlueprint(golden.id(), golden.version(), golden.title(), golden.instructions(),
                golden.passPercent(), golden.timeLimitMinutes(), golden.shuffleQuestions(), golden.shuffleOptions(),
                golden.maxAttempts(), golden.attemptPolicy(), sections);
        return Assembly.assemble(b, LibraryFixtures.anyLibrary(), QuizFixtures.SEED);
    }
}
