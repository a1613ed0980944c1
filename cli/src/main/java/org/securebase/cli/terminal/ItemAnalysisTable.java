package org.securebase.cli.terminal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.securebase.quiz.analysis.Flag;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.analysis.QuestionStatistics;
import org.securebase.quiz.analysis.TestStatistics;
import org.securebase.usecase.AnalyseItems.ItemStatistics;

/**
 * The item analysis of a quiz as a text table, with each flag's reason and a legend
 * (docs/item-analysis.md): what {@code stats} prints and the demo writes to item-analysis.txt.
 *
 * @since 0.3
 */
public final class ItemAnalysisTable {
    /** The width flag reasons are wrapped to. */
    static final int WIDTH = 100;

    private ItemAnalysisTable() {
    }

    /** @return the table of the statistics as text */
    public static String text(ItemStatistics statistics) {
        StringWriter out = new StringWriter();
        try (PrintWriter p = new PrintWriter(out)) {
            print(p, statistics);
        }
        return out.toString();
    }

    /** Prints the item analysis table, the test statistics, the flags with their reasons and a legend. */
    public static void print(PrintWriter out, ItemStatistics statistics) {
        print(out, statistics.quizId(), statistics.analysis(), statistics.keyChanges());
    }

    /** Prints the item analysis table, the test statistics, the flags with their reasons and a legend. */
    private static void print(PrintWriter out, String quizId, ItemAnalysis a, int changes) {
        TestStatistics t = a.test();
        out.println("quiz " + quizId + ": " + t.attempts() + " counted attempts"
                + (changes == 0 ? "" : ", " + changes + " key change(s) applied"));
        out.println();
        out.printf("%3s  %-44s %8s %6s %7s %7s  %s%n", "#", "QUESTION", "FACILITY", "SD", "D", "DE", "FLAGS");
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        int n = 0;
        for (QuestionStatistics q : a.questions()) {
            n++;
            List<String> names = new ArrayList<>();
            for (Flag f : q.flags()) {
                names.add(f.name());
                reasons.computeIfAbsent(n + ". " + q.ref(), k -> new ArrayList<>()).add(f.name() + ": " + f.reason());
            }
            out.printf(Locale.ROOT, "%3d  %-44s %8.2f %6.2f %7s %7s  %s%n", n, q.ref(), q.facility(), q.sd(),
                    num(q.discriminationIndex()), num(q.discriminativeEfficiency()), String.join(", ", names));
        }
        out.println();
        out.println("Test statistics");
        out.printf(Locale.ROOT, "  mean %.2f  median %.2f  SD %.2f  skewness %s  kurtosis %s%n", t.mean(), t.median(),
                t.sd(), num(t.skewness()), num(t.kurtosis()));
        out.printf(Locale.ROOT, "  Cronbach's alpha %s  error ratio %s %%  standard error %s%n", num(t.cronbachAlpha()),
                num(t.errorRatio()), num(t.standardError()));
        if (!reasons.isEmpty()) {
            out.println();
            out.println("Flagged questions");
            reasons.forEach((q, rs) -> {
                out.println("  " + q);
                rs.forEach(r -> out.print(Paragraphs.indented(r, 6, WIDTH)));
            });
        }
        out.println();
        out.println("Legend");
        out.println("  FACILITY  mean mark / maximum mark (0 to 1): the share of the marks trainees earned");
        out.println("  SD        standard deviation of the mark, over the maximum mark");
        out.println("  D         discrimination index: 100 × correlation of the mark with the rest of the test");
        out.println("  DE        discriminative efficiency: D relative to the largest it could be for these marks");
        out.println("  -         undefined for these data (no variance, or too few attempts)");
        out.println(String.format(Locale.ROOT, "  too-easy               facility above %.2f: nearly everyone earns the marks",
                Flag.TOO_EASY_ABOVE));
        out.println(String.format(Locale.ROOT, "  too-hard               facility below %.2f: check the key and the wording",
                Flag.TOO_HARD_BELOW));
        out.println(String.format(Locale.ROOT, "  does-not-discriminate  D below 0, DE below %.0f, or no variance:"
                + " it does not tell stronger from weaker trainees", Flag.EFFICIENCY_BELOW));
        out.println("  Definitions follow Moodle's quiz statistics; see docs/item-analysis.md.");
        out.flush();
    }

    private static String num(OptionalDouble v) {
        return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "-";
    }
}
