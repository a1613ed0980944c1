package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/scoring.md, pinned. */
class ScoringRuleTest {
    private static final double EPS = 1e-12;

    @ParameterizedTest(name = "single choice keyed 1, answer ''{0}'' earns {1}")
    @CsvSource({"choice 1, 1", "choice 2, 0", "choice, 0"})
    void singleChoiceIsRightOrWrong(String answer, double credit) {
        assertEquals(credit, ScoringRule.SINGLE_CHOICE_RIGHT_OR_WRONG.credit(new Key.Choice(List.of(1)), Answer.parse(answer)), EPS);
    }

    @ParameterizedTest(name = "partial multiple response keyed 1 2, answer ''{0}'' earns {1}")
    @CsvSource({"choice 1 2, 1", "choice 1, 0.5", "choice 1 2 3, 0.5", "choice 1 3, 0", "choice 3 4, 0", "choice, 0"})
    void partialMultipleResponseAddsAndSubtractsOneKth(String answer, double credit) {
        assertEquals(credit, ScoringRule.MULTIPLE_RESPONSE_PARTIAL.credit(new Key.Choice(List.of(1, 2)), Answer.parse(answer)), EPS);
    }

    @Test
    void allOrNothingMultipleResponseNeedsExactlyTheKeyedOptions() {
        Key key = new Key.Choice(List.of(1, 2));
        assertEquals(1, ScoringRule.MULTIPLE_RESPONSE_ALL_OR_NOTHING.credit(key, Answer.Choice.of(1, 2)), EPS);
        assertEquals(0, ScoringRule.MULTIPLE_RESPONSE_ALL_OR_NOTHING.credit(key, Answer.Choice.of(1)), EPS);
        assertEquals(0, ScoringRule.MULTIPLE_RESPONSE_ALL_OR_NOTHING.credit(key, Answer.Choice.of(1, 2, 3)), EPS);
    }

    @ParameterizedTest(name = "ordering of 4, answer ''{0}'' has {1} of 6 pairs right")
    @CsvSource({"order 1 2 3 4, 6", "order 2 1 3 4, 5", "order 1 3 2 4, 5", "order 2 3 4 1, 3", "order 4 3 2 1, 0"})
    void orderingEarnsTheShareOfPairsInTheRightRelativeOrder(String answer, int concordant) {
        Key key = new Key.Order(List.of(1, 2, 3, 4));
        assertEquals(concordant / 6.0, ScoringRule.ORDERING_CONCORDANT_PAIRS.credit(key, Answer.parse(answer)), EPS);
        assertEquals(concordant == 6 ? 1 : 0, ScoringRule.ORDERING_ALL_OR_NOTHING.credit(key, Answer.parse(answer)), EPS);
    }

    @Test
    void orderingComparesWithAChangedKeyNotTheWrittenOrder() {
        Key key = new Key.Order(List.of(2, 1, 3, 4));
        assertEquals(1, ScoringRule.ORDERING_CONCORDANT_PAIRS.credit(key, Answer.Order.of(2, 1, 3, 4)), EPS);
        assertEquals(5 / 6.0, ScoringRule.ORDERING_CONCORDANT_PAIRS.credit(key, Answer.Order.of(1, 2, 3, 4)), EPS);
    }

    @ParameterizedTest(name = "matching of 3, answer ''{0}'' earns {1}")
    @CsvSource({"match 1=1 2=2 3=3, 1", "match 1=1 2=3 3=2, 0.3333333333333333", "match 1=1 2=2, 0.6666666666666666",
            "match 1=2 2=1, 0", "match, 0"})
    void matchingEarnsTheShareOfCorrectPairs(String answer, double credit) {
        Key key = new Key.Match(Map.of(1, 1, 2, 2, 3, 3));
        assertEquals(credit, ScoringRule.MATCHING_SHARE_OF_PAIRS.credit(key, Answer.parse(answer)), EPS);
        assertEquals(credit == 1 ? 1 : 0, ScoringRule.MATCHING_ALL_OR_NOTHING.credit(key, Answer.parse(answer)), EPS);
    }

    @Test
    void noAnswerEarnsNothingUnderEveryRule() {
        for (ScoringRule rule : ScoringRule.values()) {
            assertEquals(0, rule.credit(new Key.Choice(List.of(1)), null), EPS, rule.ruleName());
        }
    }

    @Test
    void refusesToScoreAnAnswerOfTheWrongKind() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> ScoringRule.ORDERING_CONCORDANT_PAIRS.credit(new Key.Order(List.of(1, 2)), Answer.Choice.of(1)));
        assertEquals("rule ordering/concordant-pairs cannot score the answer 'choice 1' against the key 'order 1 2': "
                + "they are of different kinds", e.getMessage());
    }

    @Test
    void answersHaveAStableOneLineForm() {
        for (String text : List.of("choice", "choice 1 3", "order 3 1 2 4", "match 1=2 2=1 3=3")) {
            assertEquals(text, Answer.parse(text).encode());
        }
        assertEquals("choice 1 3", Answer.parse("  choice 3 1 ").encode());
        assertThrows(InvalidAnswerException.class, () -> Answer.parse("pick 1"));
        assertThrows(InvalidAnswerException.class, () -> Answer.parse("choice 1 1"));
        assertThrows(InvalidAnswerException.class, () -> Answer.parse("order 0 1"));
    }

    @Test
    void rejectsAKeyThatIsNotAPermutation() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> new Key.Order(List.of(1, 3)));
        assertEquals("an order key must name every item 1..2 once, was [1, 3]", e.getMessage());
    }
}
