package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.codec.QuizCodec;

/** A must-pass question that is not earned in full fails the attempt whatever the total. */
class MustPassTest {
    static final QuestionRef SCREENING = QuestionRef.parse("couple-late-text#q1");

    /** The golden blueprint with its fixed q1 must-pass, or its styles section must-pass. */
    static QuizBlueprint blueprint(boolean fixedMustPass, boolean sectionMustPass) {
        QuizBlueprint b = LibraryFixtures.anyBlueprint();
        List<Section> sections = b.sections().stream().map(s -> {
            if (s.id().equals("core") && fixedMustPass) {
                return new Section(s.id(), s.title(), s.draw(), s.selections(), s.fixed(), false, List.of(SCREENING));
            }
            if (s.id().equals("styles") && sectionMustPass) {
                return new Section(s.id(), s.title(), s.draw(), s.selections(), s.fixed(), true, List.of());
            }
            return s;
        }).toList();
        return new QuizBlueprint(b.id(), b.version(), b.title(), b.instructions(), b.passPercent(), b.timeLimitMinutes(),
                b.shuffleQuestions(), b.shuffleOptions(), b.maxAttempts(), b.attemptPolicy(), sections);
    }

    static Quiz quiz(boolean fixedMustPass, boolean sectionMustPass) {
        return Assembly.assemble(blueprint(fixedMustPass, sectionMustPass), LibraryFixtures.anyLibrary(), QuizFixtures.SEED);
    }

    @Test
    void aMissedMustPassQuestionFailsAnAttemptAboveThePassMark() {
        Quiz quiz = quiz(true, false);
        Map<QuestionRef, Answer> answers = new TreeMap<>(QuizFixtures.perfectAnswers(quiz));
        answers.put(SCREENING, Answer.Choice.of(2));
        ScoreReport report = Scorer.score(quiz, AnswerKey.of(quiz), answers);
        assertTrue(report.reachesPassMark(), "10 of 11 points is over the 80 % pass mark");
        assertEquals(List.of(SCREENING), report.missedMustPass());
        assertFalse(report.passed());
        answers.remove(SCREENING);
        assertFalse(Scorer.score(quiz, AnswerKey.of(quiz), answers).passed(), "unanswered is missed");
        assertTrue(Scorer.score(quiz, AnswerKey.of(quiz), QuizFixtures.perfectAnswers(quiz)).passed());
    }

    @Test
    void aVoidedMustPassQuestionIsNeverMissed() {
        Quiz quiz = quiz(true, false);
        Map<QuestionRef, Answer> answers = new TreeMap<>(QuizFixtures.perfectAnswers(quiz));
        answers.put(SCREENING, Answer.Choice.of(2));
        AnswerKey voided = AnswerKey.of(quiz).withVoided(SCREENING);
        assertTrue(Scorer.score(quiz, voided, answers).passed());
    }

    @Test
    void aMustPassSectionCoversTheQuestionsItDrew() {
        Quiz quiz = quiz(false, true);
        assertEquals(new java.util.HashSet<>(quiz.sections().get(1).refs()), new java.util.HashSet<>(quiz.settings().mustPass()));
        assertEquals(3, quiz.settings().mustPass().size());
    }

    @Test
    void theQuizRecordsItsMustPassQuestionsWhileOtherQuizzesKeepTheirIds() {
        Quiz plain = quiz(false, false);
        Quiz marked = quiz(true, false);
        assertEquals(QuizFixtures.anyQuiz().id(), plain.id());
        assertNotEquals(plain.id(), marked.id());
        assertEquals(List.of(SCREENING), QuizCodec.read(QuizCodec.write(marked)).settings().mustPass());
        assertFalse(QuizCodec.write(plain).contains("mustPass"));
    }
}
