package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Vignette;

/**
 * A multiple-response question where ticking every option earns marks under its own scoring
 * rule: under partial credit (+1/k a key ticked, −1/k another option ticked, floored at 0) when
 * more than half the options are keyed; all or nothing when every option is keyed. The rule
 * restates the engine's {@code multiple-response/*} scoring rules (scenarios cannot see the
 * engine); a test in the cli module checks the two agree on every size up to 8 options.
 *
 * @since 0.3
 */
public final class TickAllEarns implements LintRule {
    /** The rule name. */
    public static final String NAME = "tick-all-earns";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ticking every option of a multiple-response question earns nothing under its scoring rule";
    }

    /** The share of the marks ticking every option earns with k of n options keyed under this scoring. */
    public static double tickAllCredit(Scoring scoring, int keyed, int options) {
        if (scoring == Scoring.ALL_OR_NOTHING) {
            return keyed == options ? 1 : 0;
        }
        return Math.max(0, (double) (keyed - (options - keyed)) / keyed);
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        List<Finding> out = new ArrayList<>();
        for (Question q : vignette.questions()) {
            q.accept(new QuestionVisitor<Void>() {
                @Override
                public Void singleChoice(SingleChoice s) {
                    return null;
                }

                @Override
                public Void multipleResponse(MultipleResponse m) {
                    int k = m.correctPositions().size();
                    int n = m.options().size();
                    double credit = tickAllCredit(m.scoring(), k, n);
                    if (credit > 0) {
                        String fix = m.scoring() == Scoring.PARTIAL ? "key at most half the options, or score it all-or-nothing"
                                : "leave at least one option unkeyed";
                        out.add(Finding.question(m.id(), String.format(Locale.ROOT,
                                "ticking every option of question %s earns %.0f %% of its marks (%d of %d options keyed, %s): %s",
                                m.id(), 100 * credit, k, n, m.scoring().xmlName(), fix)));
                    }
                    return null;
                }

                @Override
                public Void ordering(Ordering o) {
                    return null;
                }

                @Override
                public Void matching(Matching m) {
                    return null;
                }

                @Override
                public Void openResponse(OpenResponse o) {
                    return null;
                }
            });
        }
        return out;
    }
}
