package org.securebase.quiz.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.Scoring;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.ScoringRule;

/**
 * A spare right-hand option (a matching distractor) matches no prompt: it scores nothing, is a
 * place a random or a test-wise answer can go, and so takes the free last pair away.
 */
class SpareRightSideTest {

    static Matching threePairs(Scoring scoring, String... spares) {
        return new Matching("q", 1, LibraryFixtures.concepts("strategy.hyperactivating"), null, "Match them.",
                List.of(new MatchPair("Calls again and again", "Hyperactivating"), new MatchPair("Changes the subject",
                        "Deactivating"), new MatchPair("Says what she needs", "Secure")), scoring, null, List.of(spares));
    }

    @Test
    void aSpareTakesTheFreeLastPairAway() {
        // partial: two known pairs earn 2/3; the last goes right or to the spare: (1 + 2/3) / 2 = 5/6
        Outcome partial = Strategy.LAST_PAIR_FREE.play(StrategyProperties.asked(threePairs(Scoring.PARTIAL, "Disorganized")), 1)
                .orElseThrow();
        assertEquals(5.0 / 6, partial.credit(), 1e-12);
        assertEquals(2.0 / 3, partial.chance(), 1e-12);
        // all or nothing: the known pairs earn nothing, the last is a coin toss
        Outcome whole = Strategy.LAST_PAIR_FREE.play(StrategyProperties.asked(threePairs(Scoring.ALL_OR_NOTHING, "Disorganized")), 1)
                .orElseThrow();
        assertEquals(0.5, whole.credit(), 1e-12);
        assertEquals(0, whole.chance(), 1e-12);
        Outcome none = Strategy.LAST_PAIR_FREE.play(StrategyProperties.asked(threePairs(Scoring.ALL_OR_NOTHING)), 1).orElseThrow();
        assertEquals(1, none.credit(), 1e-12);
    }

    @Test
    void chanceCountsEveryMatchingOfThePromptsToDistinctRightSides() {
        // two prompts, three right sides: 6 matchings, one fully right, two half right: (1 + 0.5 + 0.5) / 6
        Matching two = new Matching("q", 1, LibraryFixtures.concepts("strategy.hyperactivating"), null, "Match them.",
                List.of(new MatchPair("a", "x"), new MatchPair("b", "y")), Scoring.PARTIAL, null, List.of("z"));
        assertEquals(1.0 / 3, Chance.of(two), 1e-12);
        assertEquals(0.5, Chance.of(new Matching("q", 1, two.concepts(), null, "Match them.", two.pairs(),
                Scoring.PARTIAL, null)), 1e-12);
        // three prompts, four right sides, all or nothing: one of 24 matchings earns the marks
        assertEquals(1.0 / 24, Chance.of(threePairs(Scoring.ALL_OR_NOTHING, "Disorganized")), 1e-12);
    }

    @Test
    void aPromptMatchedToTheSpareFitsAndEarnsNothingForThatPair() {
        Matching m = threePairs(Scoring.PARTIAL, "Disorganized");
        Answer onSpare = new Answer.Match(Map.of(1, 1, 2, 2, 3, 4));
        onSpare.checkFits(m, "q");
        assertEquals(2.0 / 3, ScoringRule.of(m).credit(Key.of(m), onSpare), 1e-12);
        assertThrows(InvalidAnswerException.class, () -> new Answer.Match(Map.of(1, 5)).checkFits(m, "q"));
    }

    @Test
    void theCanonicalFormCarriesSparesAndLeavesQuestionsWithoutThemAsTheyWere() {
        Matching with = threePairs(Scoring.PARTIAL, "Disorganized");
        assertEquals(with, ContentJson.readQuestion(JsonText.parse(JsonText.write(ContentJson.question(with)))));
        String without = JsonText.write(ContentJson.question(threePairs(Scoring.PARTIAL)));
        assertFalse(without.contains("distractors"), without);
    }
}
