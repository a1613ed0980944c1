package org.securebase.cli.terminal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.Flag;
import org.securebase.quiz.analysis.OptionAnalysis;

/**
 * Prints the distractor analysis of {@code stats --options}: one line per option with the
 * counts overall and by third, the flags, and a legend.
 */
public final class OptionsTable {
    private static final int TEXT = 42;

    private OptionsTable() {
    }

    public static void print(PrintWriter out, String quizId, OptionAnalysis a) {
        out.println("quiz " + quizId + ": options chosen in " + a.attempts() + " counted attempts; top and bottom thirds "
                + a.groupSize() + " attempts each");
        out.println();
        out.printf("%-40s %3s %-" + TEXT + "s %6s %6s %5s %6s  %s%n", "QUESTION", "OPT", "TEXT", "ALL", "%", "TOP", "BOTTOM",
                "FLAGS");
        QuestionRef last = null;
        int flagged = 0;
        for (OptionAnalysis.Option o : a.options()) {
            String question = o.ref().equals(last) ? "" : o.ref().toString();
            last = o.ref();
            String text = (o.count().keyed() ? "* " : "  ") + o.text();
            if (text.length() > TEXT) {
                text = text.substring(0, TEXT - 1) + "…";
            }
            out.printf(Locale.ROOT, "%-40s %3s %-" + TEXT + "s %6d %5.1f%% %5d %6d  %s%n", question, o.letter(), text,
                    o.count().all(), a.attempts() == 0 ? 0.0 : 100.0 * o.count().all() / a.attempts(), o.count().top(),
                    o.count().bottom(), String.join(", ", o.flags().stream().map(Flag::name).toList()));
            if (!o.flags().isEmpty()) {
                flagged++;
            }
        }
        if (flagged > 0) {
            out.println();
            out.println("Flagged options");
            for (OptionAnalysis.Option o : a.options()) {
                for (Flag f : o.flags()) {
                    out.print(Paragraphs.indented(o.ref() + " " + o.letter() + ": " + f.name() + ": " + f.reason(), 2, ItemAnalysisTable.WIDTH));
                }
            }
        }
        out.println();
        out.println("Legend");
        List.of("  *  the key (as re-keyed, when it was); options in written order, A first",
                "  ALL, %  attempts that chose the option; TOP, BOTTOM  of them, in the top and bottom thirds by total",
                String.format(Locale.ROOT, "  rarely-chosen        a distractor chosen by under %.0f %% of attempts",
                        100 * OptionAnalysis.RARELY_CHOSEN_BELOW),
                "  possible-second-key  a distractor the top third chose more often than the bottom third",
                "  key-favours-weaker   a key the bottom third chose more often than the top third",
                "  See docs/item-analysis.md.").forEach(out::println);
        out.flush();
    }
}
