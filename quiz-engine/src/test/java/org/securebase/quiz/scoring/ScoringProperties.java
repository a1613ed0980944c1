package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

    record Case(ScoringRule rule, Key key, Answer answer, Answer perfect) {
    }

    private static List<Integer> permutation(int n, long seed) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(i);
        }
        Collections.shuffle(list, new java.util.Random(seed));
        return list;
    }

    @Provide
    Arbitrary<Case> anyCase() {
        Arbitrary<Case> choice = Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.of(ScoringRule.MULTIPLE_RESPONSE_PARTIAL, ScoringRule.MULTIPLE_RESPONSE_ALL_OR_NOTHING))
                .as((n, s1, s2, rule) -> {
                    java.util.Random r = new java.util.Random(s1);
                    List<Integer> correct = new ArrayList<>();
                    List<Integer> chosen = new ArrayList<>();
                    for (int p = 1; p <= n; p++) {
                        if (r.nextBoolean() || (p == n && correct.isEmpty())) {
                            correct.add(p);
                        }
                        if (new java.util.Random(s2 + p).nextBoolean()) {
                            chosen.add(p);
                        }
                    }
                    return new Case(rule, new Key.Choice(correct), new Answer.Choice(chosen), new Answer.Choice(correct));
                });
        Arbitrary<Case> order = Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.of(ScoringRule.ORDERING_CONCORDANT_PAIRS, ScoringRule.ORDERING_ALL_OR_NOTHING))
                .as((n, s1, s2, rule) -> {
                    List<Integer> key = permutation(n, s1);
                    return new Case(rule, new Key.Order(key), new Answer.Order(permutation(n, s2)), new Answer.Order(key));
                });
        Arbitrary<Case> match = Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.longs(), Arbitraries.longs(),
                Arbitraries.of(ScoringRule.MATCHING_SHARE_OF_PAIRS, ScoringRule.MATCHING_ALL_OR_NOTHING))
                .as((n, s1, s2, rule) -> {
                    List<Integer> k = permutation(n, s1);
                    Map<Integer, Integer> key = new TreeMap<>();
                    Map<Integer, Integer> given = new TreeMap<>();
                    java.util.Random r = new java.util.Random(s2);
                    for (int i = 1; i <= n; i++) {
                        key.put(i, k.get(i - 1));
                        if (r.nextInt(4) > 0) {
                            given.put(i, 1 + r.nextInt(n));
                        }
                    }
                    return new Case(rule, new Key.Match(key), new Answer.Match(given), new Answer.Match(key));
                });
        return Arbitraries.oneOf(choice, order, match);
    }

    @Property
    void scoreStaysBetweenZeroAndTheQuestionsPoints(@ForAll("anyCase") Case c, @ForAll @IntRange(min = 0, max = 10) int points) {
        double earned = c.rule().credit(c.key(), c.answer()) * points;
        assertTrue(earned >= 0 && earned <= points, c + " earned " + earned + " of " + points);
    }

    @Property
    void partialCreditNeverGoesBelowZero(@ForAll("anyCase") Case c) {
        assertTrue(c.rule().credit(c.key(), c.answer()) >= 0, c.toString());
    }

    @Property
    void aPerfectAnswerGetsFullMarks(@ForAll("anyCase") Case c) {
        assertEquals(1.0, c.rule().credit(c.key(), c.perfect()), 1e-12, c.toString());
    }

    @Property
    void answerTextRoundTrips(@ForAll("anyCase") Case c) {
        assertEquals(c.answer(), Answer.parse(c.answer().encode()));
        assertEquals(c.key(), Key.parse(c.key().encode()));
    }
}
