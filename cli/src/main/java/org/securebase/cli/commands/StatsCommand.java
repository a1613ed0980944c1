package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.Text;
import org.securebase.quiz.analysis.Calibration;
import org.securebase.quiz.analysis.Flag;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.analysis.MarkSheet;
import org.securebase.quiz.analysis.OptionAnalysis;
import org.securebase.quiz.analysis.QuestionStatistics;
import org.securebase.quiz.analysis.RaschCalibration;
import org.securebase.quiz.analysis.TestStatistics;
import org.securebase.quiz.assembly.Quiz;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Item analysis and test statistics of a quiz over the attempts that count, as a table, with
 * each flag's reason and a legend (docs/item-analysis.md).
 *
 * @since 0.1
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Item analysis and test statistics of a quiz over the attempts that count (one per trainee).")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUIZ-ID", description = "A quiz in the result database.")
    String quizId;

    @Option(names = "--options", description = "Distractor analysis instead: every option chosen overall and by the top "
            + "and bottom thirds, with flags.")
    boolean options;

    @Option(names = "--rasch", description = "Rasch calibration instead: item difficulties in logits with standard errors, "
            + "infit and outfit, person separation reliability.")
    boolean rasch;

    @Override
    public Integer call() {
        ItemAnalysis a;
        int changes;
        Quiz quiz;
        Calibration calibration = null;
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            a = session.results().analysis(quizId);
            changes = session.results().keyChanges(quizId).size();
            quiz = session.results().requireQuiz(quizId);
            if (rasch) {
                calibration = RaschCalibration.of(MarkSheet.of(session.results().counted(quizId)));
            }
        }
        if (options) {
            OptionsTable.print(spec.commandLine().getOut(), quizId, OptionAnalysis.of(a, quiz));
        }
        if (rasch) {
            RaschTable.print(spec.commandLine().getOut(), quizId, calibration);
        }
        if (!options && !rasch) {
            print(spec.commandLine().getOut(), quizId, a, changes);
        }
        return ExitCodes.OK;
    }

    /** Prints the item analysis table, the test statistics, the flags with their reasons and a legend. */
    static void print(PrintWriter out, String quizId, ItemAnalysis a, int changes) {
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
                rs.forEach(r -> out.print(Text.indented(r, 6, Screens.WIDTH)));
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
