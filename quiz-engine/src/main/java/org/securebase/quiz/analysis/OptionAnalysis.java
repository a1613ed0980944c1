package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.model.ModelException;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.ChoiceOptions;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;

/**
 * Distractor analysis: every option of every choice question with how many chose it overall,
 * in the top third and in the bottom third of attempts ranked by total (the counts the
 * {@link AttemptTally} keeps in {@link QuestionStatistics#options()}; nothing is counted again
 * here), and the flags an author acts on (Haladyna and Downing 1993 on functioning distractors):
 * <ul>
 * <li>{@code rarely-chosen}: a distractor chosen by under 5 % of attempts does no work;</li>
 * <li>{@code possible-second-key}: a distractor the top third chooses more often than the bottom
 * third may be defensible: check the key;</li>
 * <li>{@code key-favours-weaker}: a key the bottom third chooses more often than the top third.</li>
 * </ul>
 * The thirds are equally large ({@code attempts / 3}, rounded down), so their counts compare
 * directly; with fewer than three attempts they are empty and raise no flag.
 *
 * @param attempts the attempts analysed
 * @param groupSize how many attempts each of the top and bottom thirds holds
 * @param options one per option of every choice question, question by question in quiz order
 * @since 0.3
 */
public record OptionAnalysis(int attempts, int groupSize, List<Option> options) {
    /** A distractor chosen by fewer than this share of attempts is flagged. */
    public static final double RARELY_CHOSEN_BELOW = 0.05;

    /** Copies the options. */
    public OptionAnalysis {
        options = List.copyOf(options);
    }

    /**
     * One option and what the cohort did with it.
     *
     * @param ref the question
     * @param count the counts overall and by third, as the tally kept them
     * @param text the option as written
     * @param flags reasons to look at the option, possibly none
     */
    public record Option(QuestionRef ref, OptionCount count, String text, List<Flag> flags) {
        /** Copies the flags. */
        public Option {
            flags = List.copyOf(flags);
        }

        /** The option's written letter: A for position 1. */
        public String letter() {
            return String.valueOf((char) ('A' + count.position() - 1));
        }
    }

    /**
     * The distractor analysis of an item analysis made from attempts (with option counts).
     *
     * @param analysis the item analysis of the quiz's attempts
     * @param quiz the quiz, for the option texts
     * @throws ModelException when the analysis names a question the quiz does not ask
     */
    public static OptionAnalysis of(ItemAnalysis analysis, Quiz quiz) {
        int attempts = analysis.test().attempts();
        int group = attempts / 3;
        List<Option> out = new ArrayList<>();
        for (QuestionStatistics q : analysis.questions()) {
            List<ChoiceOption> written = ChoiceOptions.of(quiz.question(q.ref()).question());
            for (OptionCount c : q.options()) {
                if (c.position() > written.size()) {
                    throw new ModelException("the option counts of " + q.ref() + " name option " + c.position()
                            + ", but it has " + written.size());
                }
                out.add(new Option(q.ref(), c, written.get(c.position() - 1).text(), flags(c, attempts, group)));
            }
        }
        return new OptionAnalysis(attempts, group, out);
    }

    private static List<Flag> flags(OptionCount c, int attempts, int group) {
        List<Flag> flags = new ArrayList<>();
        double share = attempts == 0 ? 0 : (double) c.all() / attempts;
        if (!c.keyed() && share < RARELY_CHOSEN_BELOW) {
            flags.add(new Flag("rarely-chosen", String.format(Locale.ROOT,
                    "chosen by %d of %d attempts (%.1f %%, under %.0f %%): it does no work as a distractor",
                    c.all(), attempts, 100 * share, 100 * RARELY_CHOSEN_BELOW)));
        }
        if (group > 0 && !c.keyed() && c.top() > c.bottom()) {
            flags.add(new Flag("possible-second-key", "the top third chose it more often than the bottom third ("
                    + c.top() + " against " + c.bottom() + " of " + group + "): it may be defensible; check the key"));
        }
        if (group > 0 && c.keyed() && c.bottom() > c.top()) {
            flags.add(new Flag("key-favours-weaker", "the bottom third chose this key more often than the top third ("
                    + c.bottom() + " against " + c.top() + " of " + group + "): check the key and the wording"));
        }
        return flags;
    }
}
