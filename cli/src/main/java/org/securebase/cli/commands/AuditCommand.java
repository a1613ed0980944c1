package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.quiz.audit.Audit;
import org.securebase.quiz.audit.AuditReport;
import org.securebase.quiz.audit.Cues;
import org.securebase.quiz.audit.KeyPositions;
import org.securebase.quiz.audit.Outcome;
import org.securebase.quiz.audit.Pool;
import org.securebase.quiz.audit.QuestionAudit;
import org.securebase.quiz.audit.Strategy;
import org.securebase.quiz.audit.StrategyResult;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonText;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The test-wiseness audit: how content-free strategies score on a library or a blueprint's
 * pool, against chance, and the cues behind them (docs/item-writing.md).
 *
 * @since 0.3
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Test-wiseness audit: how content-free strategies (longest option, avoiding absolute words, "
                + "words shared with the stem, ticking every option, the last matching pair, the same letter) score "
                + "on a library or a blueprint's pool, against chance; key positions, keyed counts, key length and "
                + "absolute words across the library."},
        footer = {"", "Exit codes: 0 done (with --strict: no strategy beats chance by more than the margin), "
                + "1 a strategy beats chance by more than the margin with --strict, or bad input; 2 usage error."})
public final class AuditCommand implements Callable<Integer> {

    /** Output formats. */
    enum OutputFormat { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Vignette files or folders to audit (default: the library, bundled or --library).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--blueprint", paramLabel = "ID", description = "Audit the pool of this blueprint instead of the whole library.")
    String blueprint;

    @Option(names = "--strict", description = "Exit 1 when a strategy beats chance by more than the margin.")
    boolean strict;

    @Option(names = "--margin", paramLabel = "POINTS",
            description = "Percentage points above chance --strict allows (default: ${DEFAULT-VALUE}).")
    double margin = AuditReport.DEFAULT_MARGIN * 100;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() {
        if (!(margin >= 0 && margin <= 100)) {
            throw new UserError("--margin must be between 0 and 100 percentage points, was " + margin);
        }
        GlobalOptions root = GlobalOptions.of(spec);
        Loaded loaded = Libraries.load(paths.isEmpty() ? root.libraries() : paths, root, spec.commandLine().getErr());
        List<LibraryQuestion> questions;
        boolean shuffled;
        String what;
        if (blueprint != null) {
            QuizBlueprint b = Libraries.blueprint(loaded, blueprint);
            questions = Pool.of(b, loaded.library());
            shuffled = b.shuffleOptions();
            what = "the pool of blueprint " + b.id();
        } else {
            questions = loaded.library().questions();
            shuffled = false;
            what = "the library";
        }
        if (questions.isEmpty()) {
            throw new UserError("there are no questions to audit in " + what);
        }
        AuditReport report = Audit.of(questions, shuffled);
        List<StrategyResult> beating = report.beatingChanceBy(margin / 100);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(JsonText.write(json(report, what, beating)));
        } else {
            printText(out, report, what, beating);
        }
        out.flush();
        return strict && !beating.isEmpty() ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private void printText(PrintWriter out, AuditReport r, String what, List<StrategyResult> beating) {
        out.println("test-wiseness audit of " + what + ": " + r.questions().size() + " questions; options "
                + (r.optionsShuffled() ? "shuffled" : "as written"));
        out.println();
        out.printf("%-30s %9s %7s %15s %7s %7s %17s%n", "STRATEGY", "QUESTIONS", "SCORE", "95% CI", "CHANCE", "GAIN", "95% CI");
        for (StrategyResult s : r.strategies()) {
            if (s.questions() == 0) {
                out.printf("%-30s %9d  applies to no question here%n", s.strategy().id(), 0);
            } else if (!s.applies()) {
                out.printf("%-30s %9d  does not apply: options are shuffled%n", s.strategy().id(), s.questions());
            } else {
                out.printf(Locale.ROOT, "%-30s %9d %6.1f%% %15s %6.1f%% %+7.1f %17s%n", s.strategy().id(), s.questions(),
                        100 * s.score(), interval(s.scoreLow(), s.scoreHigh(), false), 100 * s.chance(), 100 * s.gain(),
                        interval(s.gainLow(), s.gainHigh(), true));
            }
        }
        out.println("  SCORE and CHANCE are mean credits per question; GAIN is SCORE − CHANCE in percentage points;");
        out.println("  intervals are 95 % normal approximations over questions (docs/item-writing.md says why).");
        out.printf(Locale.ROOT, "  same-letter picks %s; always A..: %s%n", letter(r.sameLetter()), letters(r.letterScores()));
        Cues c = r.cues();
        KeyPositions k = c.keyPositions();
        out.println();
        out.println("Cues across " + what);
        StringBuilder pos = new StringBuilder();
        for (int p = 0; p < k.observed().size(); p++) {
            pos.append(String.format(Locale.ROOT, " %s %d (%.1f)", letter(p + 1), k.observed().get(p), k.expected().get(p)));
        }
        out.printf(Locale.ROOT, "  single-choice keys by position, observed (uniform):%s; chi-square %.2f, df %d, p %s%n",
                pos, k.chiSquare(), k.degreesOfFreedom(), pValue(k.pValue()));
        StringBuilder keyed = new StringBuilder();
        for (Map.Entry<String, Integer> e : c.keyedCounts().entrySet()) {
            keyed.append(keyed.length() == 0 ? " " : ", ").append(e.getKey()).append(": ").append(e.getValue());
        }
        out.println("  multiple-response questions by keyed options:" + (keyed.length() == 0 ? " none" : keyed));
        if (c.singleChoice() > 0) {
            out.printf(Locale.ROOT, "  key length: %.2f × the mean distractor's; the key is the longest option in %d of %d"
                            + " single-choice questions (%.0f %%), the longest or second-longest in %d (%.0f %%)%n",
                    c.lengthRatio(), c.keyLongest(), c.singleChoice(), 100.0 * c.keyLongest() / c.singleChoice(),
                    c.keyLongestOrSecond(), 100.0 * c.keyLongestOrSecond() / c.singleChoice());
        }
        out.printf(Locale.ROOT, "  absolute words: in %d of %d keys (%.1f %%) and %d of %d distractors (%.1f %%)%n",
                c.absoluteKeys(), c.keys(), 100 * c.absoluteKeyRate(), c.absoluteDistractors(), c.distractors(),
                100 * c.absoluteDistractorRate());
        List<QuestionAudit> won = r.questions().stream().filter(q -> !q.winners().isEmpty()).toList();
        out.println();
        out.println("Questions a strategy wins (" + won.size() + " of " + r.questions().size() + ")");
        for (QuestionAudit q : won) {
            out.printf("  %-44s %-18s %s%n", q.ref(), q.type(),
                    String.join(", ", q.winners().stream().map(Strategy::id).toList()));
        }
        out.println();
        if (beating.isEmpty()) {
            out.printf(Locale.ROOT, "No strategy beats chance by more than %.1f points.%n", margin);
        } else {
            out.printf(Locale.ROOT, "%d strateg%s beat%s chance by more than %.1f points: %s%n", beating.size(),
                    beating.size() == 1 ? "y" : "ies", beating.size() == 1 ? "s" : "", margin,
                    String.join(", ", beating.stream().map(s -> String.format(Locale.ROOT, "%s %+.1f",
                            s.strategy().id(), 100 * s.gain())).toList()));
        }
    }

    private Json json(AuditReport r, String what, List<StrategyResult> beating) {
        List<Json> strategies = new ArrayList<>();
        for (StrategyResult s : r.strategies()) {
            strategies.add(Json.object().put("id", Json.of(s.strategy().id()))
                    .put("description", Json.of(s.strategy().description()))
                    .put("questions", Json.of(s.questions())).put("applies", Json.of(s.applies()))
                    .put("score", dec(s.score())).put("scoreInterval", pair(s.scoreLow(), s.scoreHigh()))
                    .put("chance", dec(s.chance())).put("gain", dec(s.gain()))
                    .put("gainInterval", pair(s.gainLow(), s.gainHigh()))
                    .put("beatsMargin", Json.of(beating.contains(s))).build());
        }
        List<Json> questions = new ArrayList<>();
        for (QuestionAudit q : r.questions()) {
            Json.ObjBuilder outcomes = Json.object();
            for (Map.Entry<Strategy, Outcome> e : q.outcomes().entrySet()) {
                outcomes.put(e.getKey().id(), Json.object().put("credit", dec(e.getValue().credit()))
                        .put("chance", dec(e.getValue().chance())).build());
            }
            questions.add(Json.object().put("ref", Json.of(q.ref().toString())).put("type", Json.of(q.type()))
                    .put("wonBy", Json.strings(q.winners().stream().map(Strategy::id).toList()))
                    .put("outcomes", outcomes.build()).build());
        }
        Cues c = r.cues();
        KeyPositions k = c.keyPositions();
        List<Json> expected = new ArrayList<>();
        k.expected().forEach(e -> expected.add(dec(e)));
        Json.ObjBuilder keyed = Json.object();
        c.keyedCounts().forEach((n, v) -> keyed.put(n, Json.of(v)));
        List<Json> letterScores = new ArrayList<>();
        r.letterScores().forEach(v -> letterScores.add(dec(v)));
        Json cues = Json.object()
                .put("keyPositions", Json.object().put("observed", Json.numbers(k.observed()))
                        .put("expected", new Json.Arr(expected)).put("chiSquare", dec(k.chiSquare()))
                        .put("degreesOfFreedom", Json.of(k.degreesOfFreedom())).put("pValue", dec(k.pValue())).build())
                .put("keyedCounts", keyed.build())
                .put("keyToDistractorLength", dec(c.lengthRatio()))
                .put("singleChoice", Json.of(c.singleChoice()))
                .put("keyLongest", Json.of(c.keyLongest())).put("keyLongestOrSecond", Json.of(c.keyLongestOrSecond()))
                .put("keys", Json.of(c.keys())).put("absoluteKeys", Json.of(c.absoluteKeys()))
                .put("distractors", Json.of(c.distractors())).put("absoluteDistractors", Json.of(c.absoluteDistractors()))
                .build();
        return Json.object().put("audited", Json.of(what)).put("questions", Json.of(r.questions().size()))
                .put("optionsShuffled", Json.of(r.optionsShuffled())).put("margin", dec(margin / 100))
                .put("sameLetter", Json.of(letter(r.sameLetter()))).put("letterScores", new Json.Arr(letterScores))
                .put("strategies", new Json.Arr(strategies)).put("cues", cues)
                .put("perQuestion", new Json.Arr(questions)).build();
    }

    private static Json dec(double v) {
        return new Json.Dec(Math.round(v * 1e6) / 1e6);
    }

    private static Json pair(double low, double high) {
        return new Json.Arr(List.of(dec(low), dec(high)));
    }

    private static String interval(double low, double high, boolean signed) {
        return String.format(Locale.ROOT, signed ? "[%+.1f, %+.1f]" : "[%.1f, %.1f]", 100 * low, 100 * high);
    }

    private static String letter(int position) {
        return String.valueOf((char) ('A' + position - 1));
    }

    private static String letters(List<Double> scores) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < scores.size(); p++) {
            parts.add(String.format(Locale.ROOT, "%s %.1f%%", letter(p + 1), 100 * scores.get(p)));
        }
        return String.join(", ", parts);
    }

    private static String pValue(double p) {
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}
