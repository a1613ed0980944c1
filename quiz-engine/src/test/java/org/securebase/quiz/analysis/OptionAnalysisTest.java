package org.securebase.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.simulate.Cohort;

/** The distractor analysis surfaces the tally's option counts and flags what an author should look at. */
class OptionAnalysisTest {
    static final Quiz QUIZ = QuizFixtures.anyQuiz();
    static final QuestionRef Q1 = QuizFixtures.ref("couple-late-text#q1");

    static OptionAnalysis of(int attempts, OptionCount... counts) {
        TestStatistics t = new TestStatistics(attempts, 5, 5, 1, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        QuestionStatistics q = new QuestionStatistics(Q1, 0.5, 0.5, OptionalDouble.of(30), OptionalDouble.of(40), List.of(),
                List.of(counts));
        return OptionAnalysis.of(new ItemAnalysis(t, List.of(q)), QUIZ);
    }

    static List<String> flags(OptionAnalysis a, int position) {
        return a.options().get(position - 1).flags().stream().map(Flag::name).toList();
    }

    @Test
    void flagsADistractorChosenByUnderFivePercent() {
        OptionAnalysis a = of(60, new OptionCount(1, true, 40, 18, 8), new OptionCount(2, false, 2, 0, 2),
                new OptionCount(3, false, 3, 1, 1), new OptionCount(4, false, 15, 1, 9));
        assertEquals(List.of("rarely-chosen"), flags(a, 2), "2 of 60 is 3.3 %");
        assertEquals(List.of(), flags(a, 3), "3 of 60 is exactly 5 %: not under");
        assertEquals(List.of(), flags(a, 4));
        assertEquals(List.of(), flags(a, 1));
        assertEquals(20, a.groupSize());
    }

    @Test
    void flagsADistractorTheTopThirdPrefersAsAPossibleSecondKey() {
        OptionAnalysis a = of(30, new OptionCount(1, true, 20, 8, 5), new OptionCount(2, false, 6, 2, 1),
                new OptionCount(3, false, 3, 0, 3), new OptionCount(4, false, 1, 0, 1));
        assertEquals(List.of("possible-second-key"), flags(a, 2));
        assertTrue(a.options().get(1).flags().get(0).reason().contains("(2 against 1 of 10)"));
    }

    @Test
    void flagsAKeyTheBottomThirdChoosesMoreThanTheTop() {
        OptionAnalysis a = of(30, new OptionCount(1, true, 12, 3, 6), new OptionCount(2, false, 10, 5, 2),
                new OptionCount(3, false, 4, 1, 1), new OptionCount(4, false, 4, 1, 1));
        assertEquals(List.of("key-favours-weaker"), flags(a, 1));
        assertEquals(List.of("possible-second-key"), flags(a, 2));
    }

    @Test
    void carriesTheWrittenTextAndLetterOfEachOption() {
        OptionAnalysis a = of(30, new OptionCount(1, true, 20, 8, 5), new OptionCount(2, false, 10, 2, 5));
        assertEquals("A", a.options().get(0).letter());
        assertEquals("Pursue–withdraw", a.options().get(0).text());
        assertEquals("Attack–attack", a.options().get(1).text());
    }

    @Test
    void raisesNoThirdsFlagWithFewerThanThreeAttempts() {
        OptionAnalysis a = of(2, new OptionCount(1, true, 0, 0, 0), new OptionCount(2, false, 2, 0, 0));
        assertEquals(0, a.groupSize());
        assertEquals(List.of(), flags(a, 1));
        assertEquals(List.of(), flags(a, 2));
    }

    @Test
    void usesTheCountsTheTallyKeptForEveryOptionOfEveryChoiceQuestion() {
        Cohort cohort = Cohort.simulate(QUIZ, 90, 7, QuizFixtures.START);
        ItemAnalysis analysis = ItemAnalysis.of(cohort.attempts().stream()
                .map(s -> s.score(org.securebase.quiz.scoring.AnswerKey.of(QUIZ))).toList());
        OptionAnalysis a = OptionAnalysis.of(analysis, QUIZ);
        List<OptionCount> tallied = analysis.questions().stream().flatMap(q -> q.options().stream()).toList();
        assertEquals(tallied, a.options().stream().map(OptionAnalysis.Option::count).toList());
        assertEquals(30, a.groupSize());
    }
}
