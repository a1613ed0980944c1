package org.securebase.quiz.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;
import static org.securebase.quiz.QuizFixtures.ref;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.variant.Variant;

class FeedbackTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();

    @Test
    void theDeliveredViewShowsOptionsUnderTheVariantsLetters() {
        Variant v = Variant.forTrainee(QUIZ, "alice");
        DeliveredQuiz shown = DeliveredQuiz.of(QUIZ, v);
        assertEquals("G53ND", shown.variantCode());
        var first = shown.sections().get(0).blocks().get(0);
        assertEquals("couple-sunday-dinner", first.vignette().id());
        DeliveredQuestion.Choice q = (DeliveredQuestion.Choice) shown.sections().get(2).blocks().get(0).questions().get(0);
        assertEquals(8, q.number());
        assertEquals(ref("couple-late-text#q1"), q.ref());
        assertEquals(new DeliveredQuestion.Lettered("A", "Pursue–withdraw"), q.options().get(0));
        assertEquals(new DeliveredQuestion.Lettered("D", "Attack–attack"), q.options().get(3));
    }

    @Test
    void theDeliveredViewHoldsNoKeyFeedbackOrWrittenPosition() {
        for (Class<?> type : List.of(DeliveredQuestion.Choice.class, DeliveredQuestion.OrderingTask.class,
                DeliveredQuestion.MatchingTask.class, DeliveredQuestion.Lettered.class, DeliveredQuiz.class,
                DeliveredQuiz.Section.class, DeliveredQuiz.Block.class, DeliveredQuiz.Case.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = c.getName().toLowerCase(java.util.Locale.ROOT);
                assertFalse(name.contains("correct") || name.contains("key") || name.contains("feedback")
                        || name.contains("arrangement") || name.contains("written") || name.contains("annotation"),
                        type.getSimpleName() + "." + c.getName() + " could reveal the key");
            }
        }
    }

    @Test
    void feedbackShowsWhatWasChosenTheKeyAndTheFeedbackOfTheOptionsInvolved() {
        Variant v = Variant.forTrainee(QUIZ, "alice");
        ScoredAttempt s = InProgressAttempt.start(Optional.of(AttemptId.of(1)), QUIZ, "alice", 1, START)
                .answer(ref("couple-late-text#q1"), v.choose(ref("couple-late-text#q1"), List.of("B")), START.plusSeconds(60))
                .answer(ref("couple-late-text#q4"), new Answer.Match(Map.of(1, 1, 2, 3, 3, 2)), START.plusSeconds(120))
                .submit(START.plusSeconds(180)).score(AnswerKey.of(QUIZ));
        List<TraineeFeedback> all = TraineeFeedback.of(s);
        assertEquals(9, all.size());
        TraineeFeedback q1 = all.get(7);
        assertEquals(List.of("B. A secure exchange with a minor disagreement"), q1.chosen());
        assertEquals(List.of("A. Pursue–withdraw"), q1.key());
        assertEquals(List.of("A: Jordan presses while Maya pulls back.", "B: Neither feels safe enough to state a need."), q1.optionFeedback());
        assertFalse(q1.fullMarks());
        assertEquals("See the annotations for the turns that show it.", q1.generalFeedback());

        TraineeFeedback q4 = all.stream().filter(f -> f.ref().equals(ref("couple-late-text#q4"))).findFirst().orElseThrow();
        assertEquals(1, q4.earned(), 1e-12);
        assertEquals(3, q4.possible());
        assertEquals("Sending message after message → Hyperactivating: protest to restore contact", q4.chosen().get(0));
        assertEquals("Saying it is not a big deal and looking away → Reaching the primary fear", q4.chosen().get(1));
        assertTrue(q4.key().contains("Saying I'm too much for her → Reaching the primary fear"));
    }
}
