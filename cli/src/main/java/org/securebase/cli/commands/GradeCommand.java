package org.securebase.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Paragraphs;
import org.securebase.cli.terminal.Shown;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.quiz.grading.Agreement;
import org.securebase.quiz.grading.Criteria;
import org.securebase.quiz.grading.GradingQueue;
import org.securebase.quiz.grading.Ungraded;
import org.securebase.quiz.importing.RowProblem;
import org.securebase.usecase.GradeAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Walks a named grader through the open answers they still have to rate, blind and in their own
 * order, saving each rating as it is given; or reports the agreement of the answers rated twice.
 * Parses, calls {@link GradeAnswers}, prints.
 *
 * @since 0.3
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade open answers against their rubrics, blind; or report rater agreement.",
        footer = {"", "For each answer, type the level reached on each criterion (1 = lowest), then an optional comment.",
                "Type 'skip' to leave an answer for later or 'quit' to stop; every rating is saved at once, so running",
                "the command again resumes. See docs/grading.md for the resolution policy and the agreement figures."})
public final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUIZ-ID", description = "A quiz in the result database.")
    String quizId;

    @Option(names = "--grader", paramLabel = "NAME", description = "Who grades; kept with every rating. Required to grade.")
    String grader;

    @Option(names = "--second", description = "Give second ratings to the share of answers drawn for agreement.")
    boolean second;

    @Option(names = "--share", paramLabel = "PERCENT", description = "The share rated twice, 1 to 100 (default: "
            + GradingQueue.DEFAULT_SECOND_SHARE + ").")
    int share = GradingQueue.DEFAULT_SECOND_SHARE;

    @Option(names = "--agreement", description = "Report exact and adjacent agreement and quadratic-weighted kappa,"
            + " per criterion and overall, and list the disagreements.")
    boolean agreement;

    @Option(names = "--export-sheet", paramLabel = "FILE", description = "Write the answers this grader still has to"
            + " rate as a CSV grading sheet instead of grading in the terminal; an existing file is never replaced.")
    Path exportSheet;

    @Option(names = "--import-sheet", paramLabel = "FILE", description = "Save the ratings of a filled-in grading"
            + " sheet, all or nothing; rows left without levels stay ungraded.")
    Path importSheet;

    @Override
    public Integer call() throws IOException {
        GlobalOptions root = GlobalOptions.of(spec);
        GradeAnswers grading = new GradeAnswers(root.workspace(), root.clock());
        PrintWriter out = spec.commandLine().getOut();
        if (agreement) {
            print(out, grading.agreement(quizId));
            return 0;
        }
        if (importSheet != null) {
            return importSheet(grading, out);
        }
        if (grader == null || grader.isBlank()) {
            throw new UserError("give --grader NAME: every rating is kept with its grader's name");
        }
        if (exportSheet != null) {
            GradeAnswers.Sheet sheet = grading.exportSheet(quizId, grader.strip(), second, share, exportSheet);
            out.println("wrote " + sheet.file() + ": " + sheet.answers() + " answer(s) for " + grader.strip()
                    + " to rate; fill in 'levels' (e.g. emotion=3 pace=2, 1 = lowest) and 'comment', then run"
                    + " securebase grade " + quizId + " --import-sheet " + sheet.file().getFileName());
            out.flush();
            return 0;
        }
        List<Ungraded> queue = grading.queue(quizId, grader.strip(), second, share);
        if (queue.isEmpty()) {
            out.println("Nothing left for " + grader.strip() + " to grade in quiz " + quizId + ".");
            return 0;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
        out.println(queue.size() + " answer(s) to grade as " + (second ? "second" : "first") + " grader. Names are"
                + " hidden; the order is your own.");
        int saved = 0;
        for (int i = 0; i < queue.size(); i++) {
            Ungraded u = queue.get(i);
            show(out, u, i + 1, queue.size());
            Map<String, Integer> levels = new TreeMap<>();
            for (RubricCriterion c : Criteria.of(u.question()).criteria()) {
                Integer level = level(in, out, c);
                if (level == null) {
                    out.println(saved + " rating(s) saved; run the same command again to go on.");
                    return 0;
                }
                if (level == 0) {
                    break;
                }
                levels.put(c.id(), level);
            }
            if (levels.size() < Criteria.of(u.question()).criteria().size()) {
                out.println("  skipped.");
                continue;
            }
            out.print("  Comment for the trainee (Enter for none): ");
            out.flush();
            String comment = in.readLine();
            grading.rate(quizId, u, grader.strip(), levels, comment);
            saved++;
            out.println("  saved.");
        }
        out.println(saved + " rating(s) saved.");
        return 0;
    }

    private int importSheet(GradeAnswers grading, PrintWriter out) throws IOException {
        GradeAnswers.SheetImport done = grading.importSheet(quizId, importSheet);
        if (!done.problems().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("securebase: " + importSheet + " was not imported: " + done.problems().size() + " problem"
                    + (done.problems().size() == 1 ? "" : "s") + "; no rating was saved");
            for (RowProblem p : done.problems()) {
                err.println(importSheet + ":" + p.line() + ": " + Shown.safe(p.reason()));
            }
            err.flush();
            return ExitCodes.INPUT;
        }
        out.println("saved " + done.saved() + " rating(s) from " + importSheet + (done.skipped() == 0 ? ""
                : "; " + done.skipped() + " row(s) without levels stay ungraded"));
        out.flush();
        return ExitCodes.OK;
    }

    private static void show(PrintWriter out, Ungraded u, int n, int of) {
        out.println();
        out.println("Answer " + n + " of " + of + " · " + u.ref() + " · case: " + u.vignette().title());
        out.print(Paragraphs.indented("Question: " + u.question().stem(), 2, Screens.WIDTH));
        out.println("  Answer:");
        for (String line : u.text().split("\n", -1)) {
            out.println("  | " + line);
        }
        u.question().model().ifPresent(m -> out.print(Paragraphs.indented("Model answer: " + m, 2, Screens.WIDTH)));
    }

    /** The level typed for a criterion, 0 to skip the answer, null to quit. */
    private static Integer level(BufferedReader in, PrintWriter out, RubricCriterion c) throws IOException {
        out.println("  " + c.title() + " (" + c.id() + "):");
        for (int i = 0; i < c.levels().size(); i++) {
            RubricLevel l = c.levels().get(i);
            out.println("    " + (i + 1) + ". " + l.points() + (l.points() == 1 ? " point" : " points")
                    + (l.described() ? " - " + l.descriptor() : ""));
        }
        while (true) {
            out.print("  level 1-" + c.levels().size() + " (or skip, quit): ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit")) {
                return null;
            }
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (t.equals("skip")) {
                return 0;
            }
            try {
                int level = Integer.parseInt(t);
                if (level >= 1 && level <= c.levels().size()) {
                    return level;
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            out.println("  Type a level from 1 to " + c.levels().size() + ".");
        }
    }

    private static void print(PrintWriter out, Agreement.Report r) {
        if (r.overall().pairs() == 0) {
            out.println("No answer has both a first and a second rating yet: run 'grade QUIZ-ID --second --grader NAME'.");
            return;
        }
        out.printf("%-40s %6s %7s %9s %7s%n", "CRITERION", "PAIRS", "EXACT", "ADJACENT", "KAPPA");
        for (Agreement.Figures f : r.criteria()) {
            row(out, f);
        }
        row(out, r.overall());
        if (!r.disagreements().isEmpty()) {
            out.println();
            out.println("Disagreements:");
            for (Agreement.Disagreement d : r.disagreements()) {
                out.println("  attempt " + d.attemptId() + " " + d.ref() + " " + d.criterion() + ": " + d.first() + " level "
                        + d.firstLevel() + ", " + d.second() + " level " + d.secondLevel()
                        + (d.needsThirdRating() ? "  (more than a level apart: needs a third rating)" : ""));
            }
        }
    }

    private static void row(PrintWriter out, Agreement.Figures f) {
        OptionalDouble k = f.kappa();
        out.printf(Locale.ROOT, "%-40s %6d %6.0f%% %8.0f%% %7s%n", f.criterion(), f.pairs(), 100 * f.exact(),
                100 * f.adjacent(), k.isPresent() ? String.format(Locale.ROOT, "%.3f", k.getAsDouble()) : "n/a");
    }
}
