package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.ChoiceOptions;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Vignette;
import org.securebase.model.wording.Wording;

/**
 * A key a test-wise trainee can spot without reading the case: in single choice the key is the
 * longest option and at least 1.1 × the mean distractor's length, or it alone shares the most
 * words with the stem (at least two more than any distractor); in multiple response every key is
 * longer than every distractor. Tighter than {@link LongCorrectOption} (1.5 × the longest
 * distractor), which stays as it was so files that silence it keep their meaning. The cues are
 * those {@code securebase audit} plays as its {@code longest} and {@code most-shared-words}
 * strategies (docs/item-writing.md).
 *
 * @since 0.3
 */
public final class KeyStandsOut implements LintRule {
    /** The rule name. */
    public static final String NAME = "key-stands-out";
    /** How much longer than the mean distractor a longest key may be. */
    public static final double RATIO = 1.1;
    /** How many more stem words than any distractor a key may share. */
    public static final int ECHO = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the key does not stand out by length (" + RATIO + "× the mean distractor) or by echoing the stem";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        List<Finding> out = new ArrayList<>();
        for (Question q : vignette.questions()) {
            List<ChoiceOption> options = ChoiceOptions.of(q);
            List<ChoiceOption> keys = options.stream().filter(ChoiceOption::correct).toList();
            List<ChoiceOption> distractors = options.stream().filter(o -> !o.correct()).toList();
            if (keys.isEmpty() || distractors.isEmpty()) {
                continue;
            }
            int longestDistractor = distractors.stream().mapToInt(o -> Wording.length(o.text())).max().orElse(0);
            int shortestKey = keys.stream().mapToInt(o -> Wording.length(o.text())).min().orElse(0);
            double meanDistractor = distractors.stream().mapToInt(o -> Wording.length(o.text())).average().orElse(0);
            if (keys.size() == 1) {
                if (shortestKey > longestDistractor && shortestKey >= RATIO * meanDistractor) {
                    out.add(Finding.question(q.id(), String.format(Locale.ROOT, "the key of question %s is the longest option,"
                            + " %.2f × the mean distractor (%d against %.0f characters): a trainee can pick it by length",
                            q.id(), shortestKey / meanDistractor, shortestKey, meanDistractor)));
                    continue;
                }
                Set<String> stem = Wording.contentWords(q.stem());
                int keyEcho = Wording.sharedWords(keys.get(0).text(), stem);
                int distractorEcho = distractors.stream().mapToInt(o -> Wording.sharedWords(o.text(), stem)).max().orElse(0);
                if (keyEcho >= distractorEcho + ECHO) {
                    out.add(Finding.question(q.id(), "the key of question " + q.id() + " repeats " + keyEcho
                            + " words of the stem, the distractors at most " + distractorEcho
                            + ": a trainee can pick it by the echo"));
                }
            } else if (shortestKey > longestDistractor) {
                out.add(Finding.question(q.id(), "every key of question " + q.id() + " is longer than every distractor ("
                        + shortestKey + " against at most " + longestDistractor + " characters): a trainee can tick by length"));
            }
        }
        return out;
    }
}
