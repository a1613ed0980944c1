package org.securebase.cli.commands;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Shown;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.report.ScoreReports;
import org.securebase.export.results.ScoreReportContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.Trainee;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a trainee's score report: score, pass or fail, each question with their answer, the
 * right answer and the feedback, and mastery per concept group as a bar chart.
 *
 * @since 0.1
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a trainee's score report (PDF) for the attempt that counts.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--trainee", required = true, paramLabel = "ID", description = "The trainee's id.")
    String traineeId;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "The quiz (default: the only quiz in the database).")
    String quizId;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.pdf", description = "Where to write it (default: report-ID.pdf here).")
    Path out;

    @Option(names = "--sponsor", paramLabel = "NAME", description = "The organisation named on the report (default: SecureBase).")
    String sponsor = "SecureBase";

    @Option(names = "--force", description = "Replace an existing file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Clock clock = Session.clock();
        try (ResultStore store = Workspace.of(GlobalOptions.of(spec)).openExisting()) {
            Results results = new Results(store, clock);
            String id = Workspace.pickQuiz(store, quizId, null);
            Trainee trainee = results.trainee(traineeId).orElseThrow(() -> new UserError("no trainee '" + traineeId
                    + "' in " + store.file() + "; trainees are added when they take a quiz or their answers are imported"));
            ScoredAttempt attempt = results.counted(id).stream().filter(a -> a.header().traineeId().equals(traineeId))
                    .findFirst().orElseThrow(() -> new UserError(Shown.safe(trainee.name()) + " has no submitted attempt at quiz " + id));
            var data = ScoreReportContent.of(attempt, trainee.name(), sponsor,
                    LocalDate.ofInstant(attempt.submission().submitted(), ZoneOffset.UTC));
            Path target = out != null ? out : Path.of("report-" + traineeId.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
            Path written = OutputFiles.writeFile(target, force, p -> {
                try (OutputStream o = Files.newOutputStream(p)) {
                    new ScoreReports(FontSet.bundled(), clock).write(data, o);
                }
            });
            spec.commandLine().getOut().printf("wrote %s: %s, %s of %s points (%.1f%%), %s%n", written, Shown.safe(trainee.name()),
                    data.score().toPlainString(), data.max().toPlainString(), data.percent().doubleValue(),
                    data.passed() ? "passed" : "not passed");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
