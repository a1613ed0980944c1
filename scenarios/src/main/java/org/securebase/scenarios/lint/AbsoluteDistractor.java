package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.ChoiceOptions;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Vignette;
import org.securebase.model.wording.Wording;

/**
 * Absolute words ("always", "never", "only", "must", ...) only in distractors: test-wise trainees
 * drop such options unread, so the word gives the distractor away (Haladyna, Downing and Rodriguez
 * 2002, guideline 28). Fires on a choice question where some distractor holds one and no key does,
 * at the first such distractor. The word list is {@link Wording#ABSOLUTE_WORDS}, the audit's own.
 *
 * @since 0.3
 */
public final class AbsoluteDistractor implements LintRule {
    /** The rule name. */
    public static final String NAME = "absolute-distractor";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "absolute words (always, never, only, must, ...) are not confined to distractors";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        List<Finding> out = new ArrayList<>();
        for (Question q : vignette.questions()) {
            List<ChoiceOption> options = ChoiceOptions.of(q);
            if (options.stream().anyMatch(o -> o.correct() && Wording.isAbsolute(o.text()))) {
                continue;
            }
            List<Integer> absolute = new ArrayList<>();
            for (int p = 1; p <= options.size(); p++) {
                if (!options.get(p - 1).correct() && Wording.isAbsolute(options.get(p - 1).text())) {
                    absolute.add(p);
                }
            }
            if (!absolute.isEmpty()) {
                int first = absolute.get(0);
                out.add(Finding.option(q.id(), first, "only distractors of question " + q.id() + " hold absolute words (option "
                        + first + ": " + String.join(", ", Wording.absoluteWords(options.get(first - 1).text()))
                        + (absolute.size() > 1 ? "; " + absolute.size() + " distractors in all" : "")
                        + "): a trainee can drop them unread; reword them or let a key hold one too"));
            }
        }
        return out;
    }
}
