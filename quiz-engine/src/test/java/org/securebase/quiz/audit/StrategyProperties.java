package org.securebase.quiz.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Question;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.LibraryFixtures;

/** What each strategy earns, for questions of every shape, against a count done here by hand. */
class StrategyProperties {

    static LibraryQuestion asked(Question q) {
        return new LibraryQuestion(LibraryFixtures.coupleLateText(), q);
    }

    @Property
    void longestEarnsTheShareOfTiedLongestOptionsThatAreKeyed(@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 1, max = 5) Integer> lengths,
                                                               @ForAll @IntRange(min = 0, max = 5) int keyAt) {
        int key = keyAt % lengths.size();
        List<ChoiceOption> options = new ArrayList<>();
        for (int p = 0; p < lengths.size(); p++) {
            options.add(new ChoiceOption("x".repeat(lengths.get(p)) + " " + p, p == key, null));
        }
        SingleChoice q = new SingleChoice("q", 1, LibraryFixtures.concepts("style.anxious"), null, "Which?", options, null);
        Outcome o = Strategy.LONGEST.play(asked(q), 1).orElseThrow();
        int top = lengths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        long tied = lengths.stream().filter(l -> l == top).count();
        assertEquals(lengths.get(key) == top ? 1.0 / tied : 0.0, o.credit(), 1e-12);
        assertEquals(1.0 / lengths.size(), o.chance(), 1e-12);
    }

    @Property
    void tickingEveryOptionEarnsKeyedMinusUnkeyedOverKeyedUnderPartialCredit(@ForAll @IntRange(min = 2, max = 8) int n,
                                                                            @ForAll @IntRange(min = 1, max = 8) int keyed) {
        int k = Math.min(keyed, n);
        List<ChoiceOption> options = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            options.add(new ChoiceOption("option " + p, p <= k, null));
        }
        MultipleResponse q = new MultipleResponse("q", 1, LibraryFixtures.concepts("style.anxious"), null, "Which?", options,
                Scoring.PARTIAL, null);
        Outcome o = Strategy.TICK_ALL.play(asked(q), 1).orElseThrow();
        assertEquals(Math.max(0, (2.0 * k - n) / k), o.credit(), 1e-12);
        assertTrue(o.chance() >= 0 && o.chance() <= 1);
        assertTrue(Strategy.LONGEST.play(asked(q), 1).isEmpty(), "single-choice strategies leave multiple response alone");
    }
}
