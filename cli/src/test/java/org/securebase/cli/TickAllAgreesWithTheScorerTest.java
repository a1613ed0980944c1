package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Scoring;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.ScoringRule;
import org.securebase.scenarios.lint.TickAllEarns;

/**
 * The lint rule {@code tick-all-earns} restates the engine's multiple-response scoring rules
 * (scenarios cannot see the engine); here, where both are on the classpath, the two must give
 * the same credit for ticking every option, for every keyed count of 2 to 8 options.
 */
class TickAllAgreesWithTheScorerTest {

    @Test
    void lintAndScorerGiveTheSameCreditForTickingEveryOption() {
        for (Scoring scoring : Scoring.values()) {
            for (int n = 2; n <= 8; n++) {
                for (int k = 1; k <= n; k++) {
                    List<ChoiceOption> options = new ArrayList<>();
                    List<Integer> all = new ArrayList<>();
                    for (int p = 1; p <= n; p++) {
                        options.add(new ChoiceOption("option " + p, p <= k, null));
                        all.add(p);
                    }
                    MultipleResponse q = new MultipleResponse("q", 1, List.of(ConceptId.of("style.anxious")), null,
                            "Which apply?", options, scoring, null);
                    double scored = ScoringRule.of(q).credit(Key.of(q), new Answer.Choice(all));
                    assertEquals(scored, TickAllEarns.tickAllCredit(scoring, k, n), 1e-12,
                            scoring + ", " + k + " of " + n + " keyed");
                }
            }
        }
    }
}
